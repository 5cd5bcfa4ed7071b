import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SessionSummary } from '../../../shared/api/attendance';
import { addDays, isValidIsoDate } from '../../../shared/domain/calendar';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { DataTable } from '../../components/DataTable';
import { useQuery } from '../../hooks/useQuery';
import { useSession } from '../../session';
import { personName, todayIso } from '../planning/display';
import { DAY_PARAM, TRAINER_PARAM } from './paths';
import { OpenSheetLink, sessionColumns } from './session-columns';
import { WeekSheetsButton } from './WeekSheetsDialog';

const columns = sessionColumns({ withDate: false });

/** "14:05" now, refreshed every minute: which of today's sessions is under way. */
function useClock(): string {
  const read = () => new Date().toTimeString().slice(0, 5);
  const [now, setNow] = useState(read);
  useEffect(() => {
    const timer = setInterval(() => setNow(read()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** A trainer's session under way now, put first with a large "Faire l'appel". */
function CurrentSession({ session }: { session: SessionSummary }) {
  return (
    <Alert severity="info" sx={{ mb: 2, alignItems: 'center' }} action={<OpenSheetLink session={session} />}>
      <AlertTitle>{t.current}</AlertTitle>
      {t.slotTimes(session.slot, session.start, session.end)} — {session.subjectName},{' '}
      {t.groupOf(session.cohortName, session.groupName)}
    </Alert>
  );
}

/** The sessions of a day with their sheet's state; a trainer sees theirs, a manager everyone's. */
export function DayTab() {
  const { user } = useSession();
  const isTrainer = user.role === 'trainer';
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const asked = params.get(DAY_PARAM);
  const date = asked && isValidIsoDate(asked) ? asked : today;
  const trainerId = Number(params.get(TRAINER_PARAM)) || undefined;
  const sessions = useQuery('attendance.sessions', trainerId ? { date, trainerId } : { date });
  const trainers = useQuery('trainers.list', {});
  const now = useClock();

  function change(key: string, value: string | null) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  }

  const current =
    isTrainer && date === today
      ? sessions.data?.find((s) => s.status === 'open' && s.start <= now && now < s.end)
      : undefined;

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <IconButton aria-label={t.previousDay} onClick={() => change(DAY_PARAM, addDays(date, -1))}>
            <ChevronLeftIcon />
          </IconButton>
          <Typography sx={{ minWidth: 230, textAlign: 'center' }} aria-live="polite">
            {t.dayTitle(date)}
          </Typography>
          <IconButton aria-label={t.nextDay} onClick={() => change(DAY_PARAM, addDays(date, 1))}>
            <ChevronRightIcon />
          </IconButton>
        </Box>
        <Button variant="outlined" onClick={() => change(DAY_PARAM, null)} disabled={date === today}>
          {t.today}
        </Button>
        <TextField
          type="date"
          label={t.dateField}
          value={date}
          onChange={(e) => isValidIsoDate(e.target.value) && change(DAY_PARAM, e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 180 }}
        />
        {!isTrainer && (
          <TextField
            select
            label={t.trainerFilter}
            value={trainerId ?? ''}
            onChange={(e) => change(TRAINER_PARAM, e.target.value ? String(e.target.value) : null)}
            sx={{ minWidth: 220 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t.allTrainers}</MenuItem>
            {(trainers.data ?? []).map((trainer) => (
              <MenuItem key={trainer.id} value={trainer.id}>
                {personName(trainer)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <WeekSheetsButton date={date} />
      </Box>
      {current && <CurrentSession session={current} />}
      <DataTable
        label={t.sessionsLabel(date)}
        query={sessions}
        columns={columns}
        getRowId={(row) => row.sessionId}
        hideFooter
        autoHeight
        columnVisibilityModel={{ trainerName: !isTrainer }}
        localeText={{ noRowsLabel: t.noSessions }}
        sx={{ height: 'auto', minHeight: 0 }}
      />
    </>
  );
}
