import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { Absence } from '../../../shared/api/attendance';
import type { Learner } from '../../../shared/api/learners';
import { absencesScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { call } from '../../api';
import { DataTable } from '../../components/DataTable';
import { saveDownload } from '../../files';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { absenceColumns } from './absence-columns';
import { AbsenceDialog } from './AbsenceDialog';
import { EmployerMessageDialog } from './EmployerMessageDialog';

/** Learners with an employer to tell: apprentices and professionalisation contracts, or any employer named. */
function hasEmployer(learner: Learner): boolean {
  return (
    learner.accessRoute === 'apprenticeship' ||
    learner.accessRoute === 'professionalisation' ||
    !!learner.employerName
  );
}

/** "Absences" on a learner's record: hours realised, every absence with its follow-up. */
export function AbsencesSection({ learner }: { learner: Learner }) {
  const canManage = useCanManageRecords();
  const absences = useQuery('absences.list', { learnerId: learner.id });
  const hours = useQuery('attendance.hours', { learnerId: learner.id });
  const [editing, setEditing] = useState<Absence | null>(null);
  const [messaging, setMessaging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const name = `${learner.firstName} ${learner.surname}`;
  const total = hours.data?.find((h) => h.learnerId === learner.id)?.total;

  const columns = useMemo(
    () =>
      absenceColumns({
        onEdit: canManage ? setEditing : null,
        onDocument: (a) =>
          void call('absences.document', { sessionId: a.sessionId, learnerId: a.learnerId }).then((r) =>
            r.ok ? saveDownload(r.value) : setError(r.error.message),
          ),
      }),
    [canManage],
  );

  return (
    <Paper variant="outlined" component="section" aria-label={t.label(name)} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h2" sx={{ flex: 1 }}>
          {t.title}
        </Typography>
        {canManage && hasEmployer(learner) && (
          <Button
            variant="outlined"
            startIcon={<NotificationsActiveIcon />}
            onClick={() => setMessaging(true)}
          >
            {t.notifyEmployer}
          </Button>
        )}
      </Box>
      {total && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t.hoursSummary(total.attended, total.scheduled, total.excused, total.missed)}
        </Typography>
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <DataTable
        label={t.label(name)}
        query={absences}
        columns={columns}
        getRowId={(a) => `${a.sessionId}-${a.kind}`}
        localeText={{ noRowsLabel: t.empty }}
        initialState={{ columns: { columnVisibilityModel: { groupName: false } } }}
        sx={{ height: 360, minHeight: 0 }}
      />
      {editing && (
        <AbsenceDialog
          absence={editing}
          onClose={(saved) => {
            setEditing(null);
            if (!saved) return;
            setNotice(t.updated);
            absences.reload();
            hours.reload();
          }}
        />
      )}
      {messaging && <EmployerMessageDialog learnerId={learner.id} onClose={() => setMessaging(false)} />}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </Paper>
  );
}
