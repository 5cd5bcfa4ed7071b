import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { SessionView } from '../../../shared/api/planning';
import { addDays, weekday } from '../../../shared/domain/calendar';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { call } from '../../api';
import { BatchDialog } from './BatchDialog';
import type { FeedbackMessage } from './Feedback';
import { PatternRows, type PatternRow } from './PatternRows';
import type { References } from './useReferences';
import { roomChoices, trainerChoices, useProgrammeSubjects } from './useSessionChoices';

const MAX_ROWS = 18;

/** The shown week's sessions as the template's first lines: the usual week is often the current one. */
function rowsOf(sessions: SessionView[]): PatternRow[] {
  return sessions.slice(0, MAX_ROWS).map((s, i) => ({
    key: i + 1,
    weekday: weekday(s.date),
    slot: s.slot,
    subjectId: s.subjectId,
    trainerId: s.trainerId ?? '',
    roomId: s.roomId ?? '',
    modality: s.modality,
  }));
}

/** "Appliquer une semaine type": lines of a usual week repeated over a period, previewed first. */
export function ApplyPatternDialog({
  groupId,
  weekStart,
  sessions,
  refs,
  onClose,
}: {
  groupId: number;
  weekStart: string;
  sessions: SessionView[];
  refs: References;
  onClose(done: FeedbackMessage | null): void;
}) {
  const [from, setFrom] = useState(weekStart);
  const [to, setTo] = useState(refs.cohortEndOf(groupId) ?? addDays(weekStart, 7 * 12 + 5));
  const [rows, setRows] = useState(() => rowsOf(sessions));
  const { subjects, error } = useProgrammeSubjects(refs.programmeOf(groupId));

  function check(): string | null {
    if (error) return error;
    if (rows.length === 0) return t.noRows;
    if (rows.length > MAX_ROWS) return t.tooManyRows;
    if (rows.some((r) => r.subjectId === '')) return `${t.subject} : ${t.required}`;
    return null;
  }

  const entries = rows.map((r) => ({
    weekday: r.weekday,
    slot: r.slot,
    subjectId: r.subjectId as number,
    trainerId: r.trainerId === '' ? null : r.trainerId,
    roomId: r.modality === 'onsite' && r.roomId !== '' ? r.roomId : null,
    modality: r.modality,
  }));

  return (
    <BatchDialog
      title={t.patternTitle}
      intro={t.patternIntro}
      check={check}
      run={(dryRun) => call('planning.applyPattern', { groupId, from, to, entries, dryRun })}
      onClose={onClose}
      maxWidth="lg"
    >
      <Box sx={{ display: 'flex', gap: 2 }}>
        <TextField
          type="date"
          label={t.from}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          type="date"
          label={t.to}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
      <PatternRows
        rows={rows}
        setRows={setRows}
        subjects={subjects ?? []}
        trainers={(subjectId) => trainerChoices(refs.trainers, subjectId === '' ? null : subjectId)}
        rooms={roomChoices(refs.rooms)}
      />
    </BatchDialog>
  );
}
