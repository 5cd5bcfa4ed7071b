import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AttendanceLine } from '../../../shared/api/attendance';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { learnerName } from './display';
import { ExcuseFields } from './ExcuseFields';
import { choiceOf, entryOf, markOf, MARKS, type Entry, type Mark } from './row-state';
import { MinutesField, RowStatusText, SignatureCell } from './RowParts';
import type { RowState } from './useSheet';

const MARK_COLOUR = { present: 'success', absent: 'error', late: 'warning', excused: 'info' } as const;
/** Large enough for a finger on a tablet (at least 44 px). */
const TOUCH = { minHeight: 48, minWidth: 84, px: 1.5 } as const;

/** One line on a wide screen; on a tablet the minutes or the reason go below, under the choices. */
const LAYOUT = {
  gridTemplateAreas: {
    xs: '"name" "marks" "details" "sign"',
    md: '"name marks sign" "details details details"',
    lg: '"name marks details sign"',
  },
  gridTemplateColumns: {
    xs: '1fr',
    md: '180px auto 1fr',
    lg: '180px auto minmax(180px, 1fr) 170px',
  },
} as const;

/**
 * One learner at the roll call: Présent / Absent / Retard / Excusé, the minutes or the reason
 * they call for, the signature, and whether the last change was saved. A choice that needs more
 * (Retard: the minutes; Excusé: the reason) is shown at once and sent once complete.
 */
export function LearnerRow({
  line,
  state,
  canRecord,
  canSign,
  onRecord,
  onSign,
}: {
  line: AttendanceLine;
  state: RowState | undefined;
  canRecord: boolean;
  /** On-screen signatures are being collected (open sheet, caller may record). */
  canSign: boolean;
  onRecord(entry: Entry): Promise<boolean>;
  onSign(): void;
}) {
  const name = learnerName(line);
  const [pending, setPending] = useState<Mark | null>(null);
  const [earlyOpen, setEarlyOpen] = useState(line.leftEarlyMinutes > 0);
  const mark = pending ?? markOf(line);
  const reason = line.excuseReason;
  const disabled = !canRecord;

  async function send(entry: Entry): Promise<boolean> {
    const kept = await onRecord(entry);
    if (kept) setPending(null);
    return kept;
  }

  function choose(next: Mark | null) {
    if (!next || next === mark) return;
    setPending(next);
    const choice = choiceOf(line, next);
    // Late waits for its minutes, Excusé for its reason (unless one is already recorded).
    if (next === 'late') return;
    if (next === 'excused' && !reason) return;
    if (next === 'present') choice.lateMinutes = 0;
    if (next === 'absent' || next === 'excused') setEarlyOpen(false);
    void send(entryOf(line.learnerId, choice));
  }

  function setEarly(open: boolean) {
    setEarlyOpen(open);
    if (!open && line.leftEarlyMinutes > 0 && mark) {
      void send(entryOf(line.learnerId, { ...choiceOf(line, mark), leftEarlyMinutes: 0 }));
    }
  }

  const present = mark === 'present' || mark === 'late';
  const withMinutes = (change: Partial<ReturnType<typeof choiceOf>>) =>
    send(entryOf(line.learnerId, { ...choiceOf(line, mark ?? 'present'), ...change }));

  return (
    <Box
      component="li"
      aria-label={name}
      sx={{
        display: 'grid',
        ...LAYOUT,
        alignItems: 'center',
        columnGap: 2,
        rowGap: 1,
        py: 1.5,
        px: 2,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ gridArea: 'name' }}>
        <Typography sx={{ fontWeight: 500 }}>{name}</Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {line.recordedBy && line.recordedAt
            ? t.recordedBy(line.recordedBy, line.recordedAt)
            : t.notRecorded}
        </Typography>
        <RowStatusText state={state} />
      </Box>
      <ToggleButtonGroup
        exclusive
        value={mark}
        onChange={(_, next: Mark | null) => choose(next)}
        aria-label={t.presenceOf(name)}
        disabled={disabled}
        sx={{ gridArea: 'marks' }}
      >
        {MARKS.map((m) => (
          <ToggleButton key={m} value={m} color={MARK_COLOUR[m]} sx={TOUCH}>
            {t.marks[m]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Box
        sx={{ gridArea: 'details', display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1.5 }}
      >
        {mark === 'late' && (
          <MinutesField
            label={t.lateMinutes}
            saved={line.presence === 'present' ? line.lateMinutes : 0}
            disabled={disabled}
            autoFocus={pending === 'late'}
            onCommit={(lateMinutes) => withMinutes({ mark: 'late', lateMinutes })}
          />
        )}
        {present && (
          <ToggleButton
            value="leftEarly"
            selected={earlyOpen}
            onChange={() => setEarly(!earlyOpen)}
            disabled={disabled}
            sx={{ minHeight: 48 }}
          >
            {t.leftEarly}
          </ToggleButton>
        )}
        {present && earlyOpen && (
          <MinutesField
            label={t.leftEarlyMinutes}
            saved={line.leftEarlyMinutes}
            disabled={disabled}
            autoFocus={line.leftEarlyMinutes === 0}
            onCommit={(leftEarlyMinutes) => withMinutes({ leftEarlyMinutes })}
          />
        )}
        {mark === 'excused' && (
          <ExcuseFields
            line={line}
            disabled={disabled}
            onSend={(excuseReason, excuseNote) =>
              send(entryOf(line.learnerId, { ...choiceOf(line, 'excused'), excuseReason, excuseNote }))
            }
          />
        )}
      </Box>
      <Box sx={{ gridArea: 'sign', justifySelf: { md: 'end', lg: 'start' } }}>
        <SignatureCell
          line={line}
          name={name}
          canSign={canSign && present && line.presence === 'present'}
          onSign={onSign}
        />
      </Box>
    </Box>
  );
}
