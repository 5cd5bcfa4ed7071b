import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { dateParts } from '../../../shared/domain/calendar/dates';
import { monthNamesFr } from '../../../shared/i18n/fr/calendar';
import { rhythmScreenFr as t } from '../../../shared/i18n/fr/rhythm';
import { monthsOf } from './calendar';

type Place = 'centre' | 'company';

export const PLACE_COLOURS: Record<Place, { bg: string; fg: string }> = {
  centre: { bg: '#d6e4f2', fg: '#12314d' },
  company: { bg: '#f7d9a8', fg: '#4d3200' },
};
export const PUBLIC_HOLIDAY_COLOUR = '#c62828';
export const SCHOOL_HOLIDAY_COLOUR = '#2e7d32';
const CELL = 28;

export interface CalendarProps {
  start: string;
  end: string;
  company: ReadonlySet<string>;
  publicHolidays: ReadonlyMap<string, string>;
  schoolHolidays: ReadonlyMap<string, string>;
  /** Given, a day is a button that toggles it. */
  onToggle?: (date: string, place: Place) => void;
  busy: boolean;
  /** The calendar's accessible name; the group rhythm's by default. */
  label?: string;
  /**
   * Given, paints and names each day instead of the plain centre/company colours: a learner's
   * calendar tells their own days and internships from their group's. Keep it stable (useCallback).
   */
  describeDay?: (date: string, place: Place, holiday: string | null) => DayLook;
}

/** How one day looks and reads: its colours and its full accessible label. */
export interface DayLook {
  bg: string;
  fg: string;
  label: string;
}

/** The group's period as small month grids, Monday to Sunday; Sundays are never in the rhythm. */
export const RhythmCalendar = memo(function RhythmCalendar(props: CalendarProps) {
  const { start, end } = props;
  return (
    <Box
      role="group"
      aria-label={props.label ?? t.calendarLabel}
      sx={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, ${CELL * 7 + 16}px)`, gap: 2 }}
    >
      {monthsOf(start, end).map((m) => (
        <Box key={`${m.year}-${m.month}`} sx={{ p: 1 }}>
          <Typography variant="subtitle2" component="h3" sx={{ textTransform: 'capitalize', mb: 0.5 }}>
            {t.monthTitle(monthNamesFr[m.month]!, m.year)}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(7, ${CELL}px)`, gap: '2px' }}>
            {t.weekdayInitials.map((initial, i) => (
              <Typography
                key={i}
                variant="caption"
                aria-hidden
                sx={{ textAlign: 'center', color: 'text.secondary' }}
              >
                {initial}
              </Typography>
            ))}
            {m.weeks.flat().map((date, i) =>
              date && date >= start && date <= end && i % 7 !== 6 ? (
                <Day key={date} date={date} {...props} />
              ) : (
                <Box key={date ?? `blank-${i}`} sx={{ height: CELL - 4 }}>
                  {date && (
                    <Typography
                      variant="caption"
                      sx={{ display: 'block', textAlign: 'center', color: 'text.disabled' }}
                    >
                      {dateParts(date).day}
                    </Typography>
                  )}
                </Box>
              ),
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
});

function Day({
  date,
  company,
  publicHolidays,
  schoolHolidays,
  onToggle,
  busy,
  describeDay,
}: CalendarProps & { date: string }) {
  const place: Place = company.has(date) ? 'company' : 'centre';
  const publicHoliday = publicHolidays.get(date) ?? null;
  const schoolHoliday = schoolHolidays.get(date) ?? null;
  const holiday = [publicHoliday, schoolHoliday && `${t.schoolHoliday} : ${schoolHoliday}`]
    .filter(Boolean)
    .join(' — ');
  const { label, ...colours } = describeDay
    ? describeDay(date, place, holiday || null)
    : { ...PLACE_COLOURS[place], label: t.dayLabel(date, place, holiday || null) };
  const sx = {
    height: CELL - 4,
    width: CELL,
    borderRadius: 1,
    fontSize: 12,
    bgcolor: colours.bg,
    color: colours.fg,
    fontWeight: publicHoliday ? 700 : 400,
    border: publicHoliday ? `2px solid ${PUBLIC_HOLIDAY_COLOUR}` : '2px solid transparent',
    borderBottomColor: schoolHoliday && !publicHoliday ? SCHOOL_HOLIDAY_COLOUR : undefined,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
  } as const;
  const day = dateParts(date).day;
  const cell = onToggle ? (
    <ButtonBase
      aria-label={label}
      aria-pressed={place === 'company'}
      disabled={busy}
      onClick={() => onToggle(date, place === 'company' ? 'centre' : 'company')}
      sx={{
        ...sx,
        '&:hover': { outline: '2px solid', outlineColor: 'primary.main' },
        '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main' },
      }}
    >
      {day}
    </ButtonBase>
  ) : (
    <Box role="img" aria-label={label} sx={sx}>
      {day}
    </Box>
  );
  return holiday ? (
    <Tooltip title={holiday} disableInteractive>
      {cell}
    </Tooltip>
  ) : (
    cell
  );
}
