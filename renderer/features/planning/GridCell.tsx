import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { alpha, useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent } from 'react';
import type { PlanningWeek, SessionView } from '../../../shared/api/planning';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import type { Slot } from './display';
import { SESSION_DRAG_TYPE, SessionCard } from './SessionCard';

type DayInfo = PlanningWeek['days'][number];

export interface CellHandlers {
  /** Managers on a group's planning: an empty half-day creates, a card can be dragged. */
  editable: boolean;
  /** Managers: a click on a card opens it (in every view). */
  openable: boolean;
  showGroup: boolean;
  onCreate(date: string, slot: Slot): void;
  onOpen(session: SessionView): void;
  onDrop(sessionId: number, date: string, slot: Slot): void;
  onCardKey(session: SessionView, event: KeyboardEvent<HTMLElement>): void;
  onPaste(date: string, slot: Slot): void;
}

/** The shade of a half-day: public holiday, company day, school holiday, or plain. */
function useCellColour(day: DayInfo): string | undefined {
  const theme = useTheme();
  if (day.publicHoliday) return alpha(theme.palette.error.main, 0.08);
  if (day.place === 'company') return theme.palette.action.hover;
  if (day.schoolHoliday) return alpha(theme.palette.warning.main, 0.07);
  return undefined;
}

/** One half-day of the week: its sessions, or a button to create one there. */
export function GridCell({
  day,
  slot,
  sessions,
  handlers: h,
}: {
  day: DayInfo;
  slot: Slot;
  sessions: SessionView[];
  handlers: CellHandlers;
}) {
  const [over, setOver] = useState(false);
  const background = useCellColour(day);
  const creatable = h.editable && sessions.length === 0 && !day.publicHoliday;
  const mark = day.publicHoliday ?? (day.place === 'company' ? t.company : null);

  return (
    <Box
      component="td"
      onDragOver={(e) => {
        if (!h.editable || !e.dataTransfer.types.includes(SESSION_DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = Number(e.dataTransfer.getData(SESSION_DRAG_TYPE));
        if (!h.editable || !id) return;
        e.preventDefault();
        h.onDrop(id, day.date, slot);
      }}
      sx={{
        verticalAlign: 'top',
        p: 0.5,
        height: 96,
        border: 1,
        borderColor: 'divider',
        bgcolor: background,
        outline: over ? 2 : 0,
        outlineStyle: 'dashed',
        outlineColor: 'primary.main',
        outlineOffset: -3,
      }}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, height: '100%' }}>
        {mark && (
          <Typography variant="caption" color="text.secondary" sx={{ fontStyle: 'italic' }}>
            {mark}
          </Typography>
        )}
        {sessions.map((s) => (
          <SessionCard
            key={s.id}
            session={s}
            showGroup={h.showGroup}
            draggable={h.editable}
            onOpen={h.openable ? () => h.onOpen(s) : null}
            onKeyDown={(e) => h.onCardKey(s, e)}
          />
        ))}
        {creatable && (
          <ButtonBase
            aria-label={t.cellCreate(day.date, slot)}
            onClick={() => h.onCreate(day.date, slot)}
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'v') {
                e.preventDefault();
                h.onPaste(day.date, slot);
              }
            }}
            sx={{
              flex: 1,
              minHeight: 40,
              borderRadius: 1,
              color: 'transparent',
              '&:hover, &.Mui-focusVisible': { color: 'text.secondary', bgcolor: 'action.selected' },
            }}
          >
            <AddIcon />
          </ButtonBase>
        )}
      </Box>
    </Box>
  );
}
