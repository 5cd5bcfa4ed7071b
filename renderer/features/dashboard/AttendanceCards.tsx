import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { attendanceCardsFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { useQuery } from '../../hooks/useQuery';
import { useSession } from '../../session';
import { attendancePaths } from '../attendance/paths';
import { OpenSheetLink } from '../attendance/session-columns';
import { learnerPaths } from '../learners/paths';
import { AtRiskCard } from './AtRiskCard';
import { AttentionCard } from './AttentionCard';

/** A trainer's sessions today, each with "Faire l'appel". */
function TodayCard() {
  const sessions = useQuery('attendance.sessions', {}).data;
  if (!sessions) return null;
  return (
    <AttentionCard title={t.todayTitle}>
      {sessions.length === 0 && <Typography color="text.secondary">{t.noToday}</Typography>}
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}>
        {sessions.map((s) => (
          <Box component="li" key={s.sessionId} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography variant="body2" sx={{ flex: 1 }}>
              {t.todayLine(s.slot, s.start, s.end, s.subjectName, s.groupName)}
            </Typography>
            <OpenSheetLink session={s} />
          </Box>
        ))}
      </Box>
    </AttentionCard>
  );
}

/** What attendance needs today: the trainer's sessions, the sheets left open, the absence alerts. */
export function AttendanceCards() {
  const { user } = useSession();
  const pending = useQuery('attendance.pending', {}).data;
  const alerts = useQuery('attendance.alerts', {}).data;

  return (
    <>
      <Typography variant="h2" sx={{ mb: 1.5 }}>
        {t.heading}
      </Typography>
      <Box
        sx={{ display: 'grid', gap: 2, mb: 3, gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))' }}
      >
        {user.role === 'trainer' && <TodayCard />}
        <AttentionCard
          title={t.pendingTitle}
          action={
            <Button component={RouterLink} to={attendancePaths.pending} size="small">
              {t.pendingLink}
            </Button>
          }
        >
          {pending && (
            <>
              <Typography variant="h3" component="p" sx={{ fontSize: 32, fontWeight: 500 }}>
                {pending.length}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t.pendingCount(pending.length)}
              </Typography>
            </>
          )}
        </AttentionCard>
        <AttentionCard title={t.alertsTitle}>
          {alerts && alerts.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {t.noAlerts}
            </Typography>
          )}
          {alerts && alerts.length > 0 && (
            <Box component="ul" sx={{ m: 0, pl: 2, maxHeight: 220, overflowY: 'auto' }}>
              {alerts.map((a) => (
                <Typography component="li" variant="body2" key={a.learnerId} sx={{ mb: 0.5 }}>
                  <Link component={RouterLink} to={learnerPaths.detail(a.learnerId)}>
                    {a.learnerName}
                  </Link>{' '}
                  ({a.groupName}) : {a.reason}
                </Typography>
              ))}
            </Box>
          )}
        </AttentionCard>
        {user.role !== 'trainer' && <AtRiskCard />}
      </Box>
    </>
  );
}
