import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { commonFr } from '../../../shared/i18n/fr/common';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { useQuery } from '../../hooks/useQuery';

/**
 * Every change to one cell, or to all of a learner's marks when no evaluation is given, newest
 * first: when, who, which evaluation, old → new, and from where (typed, pasted, imported…).
 */
export function HistoryDialog({
  learnerId,
  learnerName,
  evaluationId,
  evaluationTitle,
  onClose,
}: {
  learnerId: number;
  learnerName: string;
  evaluationId: number | null;
  evaluationTitle: string | null;
  onClose(): void;
}) {
  const history = useQuery(
    'marks.history',
    evaluationId === null ? { learnerId } : { learnerId, evaluationId },
  );
  const value = (text: string) => (text === '' ? t.empty : text);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>
        {evaluationTitle === null
          ? t.learnerHistoryTitle(learnerName)
          : t.historyTitle(learnerName, evaluationTitle)}
      </DialogTitle>
      <DialogContent>
        {history.error && <Alert severity="error">{history.error}</Alert>}
        {!history.data && !history.error && <CircularProgress size={24} aria-label={commonFr.loading} />}
        {history.data?.length === 0 && <Alert severity="info">{t.historyEmpty}</Alert>}
        {history.data && history.data.length > 0 && (
          <Table size="small" aria-label={t.historyLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.colWhen}</TableCell>
                <TableCell>{t.colWho}</TableCell>
                {evaluationId === null && <TableCell>{t.colEvaluation}</TableCell>}
                <TableCell align="center">{t.colOld}</TableCell>
                <TableCell align="center">{t.colNew}</TableCell>
                <TableCell>{t.colSource}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {history.data.map((h) => (
                <TableRow key={h.id}>
                  <TableCell>{t.when(h.changedAt)}</TableCell>
                  <TableCell>{h.changedBy.name}</TableCell>
                  {evaluationId === null && (
                    <TableCell>
                      {h.evaluationTitle} — {h.subjectName}
                    </TableCell>
                  )}
                  <TableCell align="center" sx={{ color: 'text.secondary' }}>
                    {value(h.oldValue)}
                  </TableCell>
                  <TableCell align="center" sx={{ fontWeight: 600 }}>
                    {value(h.newValue)}
                  </TableCell>
                  <TableCell>{t.sources[h.source]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {commonFr.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
