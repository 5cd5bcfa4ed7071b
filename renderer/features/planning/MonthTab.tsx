import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import CircularProgress from '@mui/material/CircularProgress';
import { alpha, useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import type { Output } from '../../../shared/api/index';
import { dateParts, weekday } from '../../../shared/domain/calendar';
import { weekdayNamesFr } from '../../../shared/i18n/fr/calendar';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { useQuery } from '../../hooks/useQuery';
import { SLOT_LIST, subjectColor, WEEKDAYS } from './display';
import type { PlanningView } from './usePlanningUrl';

type Month = Output<'planning.month'>;
const SHOWN = 4;

function DayBox({
  day,
  sessions,
  onOpen,
}: {
  day: Month['days'][number];
  sessions: Month['sessions'];
  onOpen(): void;
}) {
  const theme = useTheme();
  const background = day.publicHoliday
    ? alpha(theme.palette.error.main, 0.08)
    : day.place === 'company'
      ? theme.palette.action.hover
      : day.schoolHoliday
        ? alpha(theme.palette.warning.main, 0.07)
        : undefined;
  const sorted = [...sessions].sort((a, b) => SLOT_LIST.indexOf(a.slot) - SLOT_LIST.indexOf(b.slot));
  return (
    <ButtonBase
      onClick={onOpen}
      aria-label={t.dayButton(day.date, sessions.length)}
      sx={{
        display: 'block',
        textAlign: 'left',
        p: 0.75,
        minHeight: 110,
        border: 1,
        borderColor: 'divider',
        bgcolor: background,
        '&:hover, &.Mui-focusVisible': { bgcolor: 'action.selected' },
      }}
    >
      <Typography variant="subtitle2">{dateParts(day.date).day}</Typography>
      {(day.publicHoliday ?? (day.place === 'company' ? t.company : day.schoolHoliday)) && (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ fontStyle: 'italic' }}>
          {day.publicHoliday ?? (day.place === 'company' ? t.company : t.schoolHoliday(day.schoolHoliday!))}
        </Typography>
      )}
      {sorted.slice(0, SHOWN).map((s) => (
        <Typography
          key={s.id}
          variant="caption"
          component="div"
          noWrap
          sx={{ borderLeft: `3px solid ${subjectColor(s.subjectId)}`, pl: 0.5, mt: 0.25 }}
        >
          {t.slots[s.slot].charAt(0)} · {s.subjectName}
        </Typography>
      ))}
      {sorted.length > SHOWN && (
        <Typography variant="caption" color="text.secondary">
          {t.moreSessions(sorted.length - SHOWN)}
        </Typography>
      )}
    </ButtonBase>
  );
}

/** A month, Monday to Saturday, each day's sessions listed; a day opens its week. */
export function MonthTab({
  view,
  id,
  month,
  onOpenDay,
}: {
  view: PlanningView;
  id: number;
  month: string;
  onOpenDay(date: string): void;
}) {
  const data = useQuery('planning.month', { view, id, month });
  if (data.error) return <Alert severity="error">{data.error}</Alert>;
  if (!data.data) return <CircularProgress aria-label={t.monthTitle(month)} />;
  const days = data.data.days.filter((d) => weekday(d.date) <= 6);
  const lead = days.length ? weekday(days[0]!.date) - 1 : 0;
  return (
    <Box
      role="group"
      aria-label={t.monthLabel(t.monthTitle(month))}
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(6, minmax(110px, 1fr))', overflowX: 'auto' }}
    >
      {WEEKDAYS.map((d) => (
        <Typography key={d} variant="subtitle2" sx={{ p: 0.75, textTransform: 'capitalize' }}>
          {weekdayNamesFr[d]}
        </Typography>
      ))}
      {Array.from({ length: lead }, (_, i) => (
        <Box key={`lead-${i}`} />
      ))}
      {days.map((day) => (
        <DayBox
          key={day.date}
          day={day}
          sessions={data.data!.sessions.filter((s) => s.date === day.date)}
          onOpen={() => onOpenDay(day.date)}
        />
      ))}
    </Box>
  );
}
