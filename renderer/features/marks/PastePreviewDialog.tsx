import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { commonFr } from '../../../shared/i18n/fr/common';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { learnerName } from './display';
import type { PastePlan } from './sheet-edits';
import type { SheetState } from './sheet-state';

/**
 * What a paste will change, before anything is saved: each cell's old and new value, the
 * refused values with their reason, what falls outside the sheet. "Appliquer" saves the changes
 * in one go; Annuler or Esc leaves the sheet as it was.
 */
export function PastePreviewDialog({
  plan,
  state,
  onClose,
}: {
  plan: PastePlan;
  state: SheetState;
  onClose(apply: boolean): void;
}) {
  const who = (row: number) => learnerName(state.rows[row]!.learner);
  const what = (col: number) => state.sheet.evaluations[col]!.title;
  const shownValue = (text: string) => (text === '' ? t.empty : text);

  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>{t.pasteTitle}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {plan.changes.length > 0 ? t.pasteIntro(plan.changes.length, plan.unchanged) : t.pasteNothing}
        </DialogContentText>
        {plan.refused.length > 0 && (
          <Alert severity="error" sx={{ mb: 2 }}>
            <Typography variant="body2" sx={{ fontWeight: 500, mb: 0.5 }}>
              {t.pasteRefused(plan.refused.length)}
            </Typography>
            <Table size="small" aria-label={t.pasteRefused(plan.refused.length)}>
              <TableHead>
                <TableRow>
                  <TableCell>{t.colChangeLearner}</TableCell>
                  <TableCell>{t.colChangeEvaluation}</TableCell>
                  <TableCell>{t.colReason}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.refused.map((r) => (
                  <TableRow key={`${r.row}-${r.col}`}>
                    <TableCell>{who(r.row)}</TableCell>
                    <TableCell>{what(r.col)}</TableCell>
                    <TableCell>{r.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Alert>
        )}
        {plan.outside > 0 && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t.pasteOutside(plan.outside)}
          </Alert>
        )}
        {plan.changes.length > 0 && (
          <TableContainer sx={{ maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Table size="small" stickyHeader aria-label={t.pasteChanges}>
              <TableHead>
                <TableRow>
                  <TableCell>{t.colChangeLearner}</TableCell>
                  <TableCell>{t.colChangeEvaluation}</TableCell>
                  <TableCell align="center">{t.colBefore}</TableCell>
                  <TableCell align="center">{t.colAfter}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.changes.map((c) => (
                  <TableRow key={`${c.row}-${c.col}`}>
                    <TableCell>{who(c.row)}</TableCell>
                    <TableCell>{what(c.col)}</TableCell>
                    <TableCell align="center" sx={{ color: 'text.secondary' }}>
                      {shownValue(c.before)}
                    </TableCell>
                    <TableCell align="center" sx={{ fontWeight: 600 }}>
                      {shownValue(c.after)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{commonFr.cancel}</Button>
        <Button
          variant="contained"
          onClick={() => onClose(true)}
          disabled={plan.changes.length === 0}
          autoFocus
        >
          {t.apply}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
