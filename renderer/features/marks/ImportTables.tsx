import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ImportChange, ImportRefusal } from '../../../shared/api/marks-xlsx';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';

const shown = (text: string) => (text === '' ? t.empty : text);

/** The cells an import changes: who, which evaluation, old → new, and any conflict. */
export function ImportChangesTable({ changes, overwrite }: { changes: ImportChange[]; overwrite: boolean }) {
  return (
    <TableContainer sx={{ maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label={t.importChanges}>
        <TableHead>
          <TableRow>
            <TableCell>{t.colChangeLearner}</TableCell>
            <TableCell>{t.colChangeEvaluation}</TableCell>
            <TableCell align="center">{t.colBefore}</TableCell>
            <TableCell align="center">{t.colAfter}</TableCell>
            <TableCell>{t.colConflict}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {changes.map((c) => {
            // A conflict is kept as Carnet has it unless the person chose to overwrite.
            const skipped = !!c.conflict && !overwrite;
            return (
              <TableRow key={`${c.sheet}-${c.cell}`} sx={skipped ? { opacity: 0.6 } : undefined}>
                <TableCell>{c.learnerName}</TableCell>
                <TableCell>{t.evaluationOf(c.subjectName, c.evaluationTitle)}</TableCell>
                <TableCell align="center" sx={{ color: 'text.secondary' }}>
                  {shown(c.oldValue)}
                </TableCell>
                <TableCell align="center" sx={{ fontWeight: 600 }}>
                  {shown(c.newValue)}
                </TableCell>
                <TableCell>
                  {c.conflict &&
                    t.conflictOf(c.conflict.exportedValue, c.conflict.changedAt, c.conflict.changedBy)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The cells an import refuses, with the reason. */
export function ImportRefusalsTable({ refusals }: { refusals: ImportRefusal[] }) {
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      <Typography variant="body2" sx={{ fontWeight: 500, mb: 0.5 }}>
        {t.importRefused(refusals.length)}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t.importRefusedHelp}
      </Typography>
      <Table size="small" aria-label={t.importRefused(refusals.length)}>
        <TableHead>
          <TableRow>
            <TableCell>{t.colCell}</TableCell>
            <TableCell>{t.colChangeLearner}</TableCell>
            <TableCell>{t.colChangeEvaluation}</TableCell>
            <TableCell>{t.colValue}</TableCell>
            <TableCell>{t.colReason}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {refusals.map((r) => (
            <TableRow key={`${r.sheet}-${r.cell}`}>
              <TableCell>{`${r.sheet} ${r.cell}`}</TableCell>
              <TableCell>{r.learnerName ?? t.none}</TableCell>
              <TableCell>{r.evaluationTitle ?? t.none}</TableCell>
              <TableCell>{shown(r.value)}</TableCell>
              <TableCell>{r.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Alert>
  );
}
