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
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../shared/format/fr';
import { appreciationsFr as t } from '../../../shared/i18n/fr/appreciations';
import { commonFr } from '../../../shared/i18n/fr/common';
import { useQuery } from '../../hooks/useQuery';

const textCell = { whiteSpace: 'pre-wrap', maxWidth: 280, verticalAlign: 'top' } as const;

/** Every change to a learner's appreciations of the period, newest first: who, when, before, after. */
export function AppreciationHistoryDialog({
  learnerId,
  learnerName,
  periodId,
  onClose,
}: {
  learnerId: number;
  learnerName: string;
  periodId: number;
  onClose(): void;
}) {
  const history = useQuery('appreciations.history', { learnerId, periodId });
  const title = t.historyOf(learnerName);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {history.error && <Alert severity="error">{history.error}</Alert>}
        {!history.data && !history.error && <CircularProgress aria-label={commonFr.loading} />}
        {history.data?.length === 0 && <Typography color="text.secondary">{t.historyEmpty}</Typography>}
        {history.data && history.data.length > 0 && (
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{t.historyWhen}</TableCell>
                <TableCell>{t.historyWho}</TableCell>
                <TableCell>{t.historyWhat}</TableCell>
                <TableCell>{t.historyOld}</TableCell>
                <TableCell>{t.historyNew}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {history.data.map((h) => (
                <TableRow key={h.id}>
                  <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                    {formatDateTime(h.changedAt)}
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {t.historySource(h.source)}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>{h.changedBy}</TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>{h.subjectName ?? t.general}</TableCell>
                  <TableCell sx={{ ...textCell, color: 'text.secondary' }}>
                    {h.oldText || t.emptyText}
                  </TableCell>
                  <TableCell sx={textCell}>{h.newText || t.emptyText}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{commonFr.close}</Button>
      </DialogActions>
    </Dialog>
  );
}
