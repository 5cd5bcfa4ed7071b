import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { PlanningWeek, SessionView } from '../../../shared/api/planning';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { SLOT_LIST, type Slot } from './display';
import { GridCell, type CellHandlers } from './GridCell';
import type { Place } from './useGridActions';

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** Where Alt+arrow sends a card: a day left or right (Monday to Saturday), a slot up or down. */
function nextPlace(week: PlanningWeek, session: SessionView, key: string): Place | null {
  const days = week.days.map((d) => d.date);
  const d = days.indexOf(session.date) + (key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0);
  const s = SLOT_LIST.indexOf(session.slot) + (key === 'ArrowUp' ? -1 : key === 'ArrowDown' ? 1 : 0);
  if (d < 0 || d >= days.length || s < 0 || s >= SLOT_LIST.length) return null;
  return { date: days[d]!, slot: SLOT_LIST[s]! };
}

/**
 * The week as a table: Monday to Saturday across, morning / afternoon / evening down, each
 * header saying the day's holiday. Keyboard: Alt+arrows move the focused card (focus follows
 * it), Ctrl+C copies it.
 */
export function WeekGrid({
  label,
  week,
  sessions,
  handlers,
  onMove,
  onCopy,
}: {
  label: string;
  week: PlanningWeek;
  /** The sessions as they show (a card being moved shows where it goes). */
  sessions: SessionView[];
  handlers: Omit<CellHandlers, 'onCardKey' | 'onDrop'>;
  onMove(session: SessionView, to: Place): void;
  onCopy(session: SessionView): void;
}) {
  const [focusId, setFocusId] = useState<number | null>(null);

  useEffect(() => {
    if (focusId === null) return;
    document.querySelector<HTMLElement>(`[data-session-id="${focusId}"]`)?.focus();
  }, [focusId, sessions]);

  function onCardKey(session: SessionView, e: KeyboardEvent<HTMLElement>) {
    if (!handlers.editable) return;
    if (e.altKey && ARROWS.includes(e.key)) {
      e.preventDefault();
      const to = nextPlace(week, session, e.key);
      setFocusId(session.id);
      if (to) onMove(session, to);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'c') {
      e.preventDefault();
      onCopy(session);
    }
  }

  function onDrop(id: number, date: string, slot: Slot) {
    const session = sessions.find((s) => s.id === id);
    if (session) onMove(session, { date, slot });
  }

  const cellHandlers: CellHandlers = { ...handlers, onCardKey, onDrop };
  const slots = new Map(week.slots.map((s) => [s.slot, s]));

  return (
    <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
      <Box
        component="table"
        aria-label={label}
        sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', minWidth: 760 }}
      >
        <thead>
          <tr>
            <Box component="td" sx={{ width: 96 }} />
            {week.days.map((day) => (
              <Box
                component="th"
                scope="col"
                key={day.date}
                sx={{ p: 1, textAlign: 'left', verticalAlign: 'top', border: 1, borderColor: 'divider' }}
              >
                <Typography variant="subtitle2">{t.dayHeader(day.date)}</Typography>
                {day.publicHoliday && (
                  <Typography variant="caption" color="error" component="div">
                    {day.publicHoliday}
                  </Typography>
                )}
                {day.schoolHoliday && (
                  <Typography variant="caption" color="warning.dark" component="div">
                    {t.schoolHoliday(day.schoolHoliday)}
                  </Typography>
                )}
                {day.place === 'company' && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {t.company}
                  </Typography>
                )}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {SLOT_LIST.map((slot) => {
            const times = slots.get(slot);
            return (
              <tr key={slot}>
                <Box
                  component="th"
                  scope="row"
                  sx={{ p: 1, textAlign: 'left', verticalAlign: 'top', border: 1, borderColor: 'divider' }}
                >
                  <Typography variant="subtitle2">{t.slots[slot]}</Typography>
                  {times && (
                    <Typography variant="caption" color="text.secondary">
                      {t.slotTimes(times.start, times.end)}
                    </Typography>
                  )}
                </Box>
                {week.days.map((day) => (
                  <GridCell
                    key={day.date}
                    day={day}
                    slot={slot}
                    sessions={sessions.filter((s) => s.date === day.date && s.slot === slot)}
                    handlers={cellHandlers}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      </Box>
    </Paper>
  );
}
