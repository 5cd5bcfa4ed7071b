import Typography from '@mui/material/Typography';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { DataTable } from '../../components/DataTable';
import { useQuery } from '../../hooks/useQuery';
import { sessionColumns } from './session-columns';

const columns = sessionColumns({ withDate: true });

/** "Feuilles en attente": sheets still open 24 h after their session, latest first. */
export function PendingTab() {
  const pending = useQuery('attendance.pending', {});
  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t.pendingIntro}
      </Typography>
      <DataTable
        label={t.pendingLabel}
        query={pending}
        columns={columns}
        getRowId={(row) => row.sessionId}
        localeText={{ noRowsLabel: t.noPending }}
      />
    </>
  );
}
