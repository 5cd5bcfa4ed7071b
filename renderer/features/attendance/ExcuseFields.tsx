import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { EXCUSE_REASONS, type AttendanceLine } from '../../../shared/api/attendance';
import { attendanceScreenFr as t, excuseReasonLabelsFr } from '../../../shared/i18n/fr/attendance-screen';
import type { ExcuseReason } from './row-state';

/**
 * "Excusé" asks why: the reason is sent as soon as it is chosen, the note when its field is left
 * (or on Enter). "Autre" waits for its note, which the backend requires.
 */
export function ExcuseFields({
  line,
  disabled,
  onSend,
}: {
  line: AttendanceLine;
  disabled: boolean;
  onSend(reason: ExcuseReason, note: string | null): Promise<boolean>;
}) {
  const [reasonDraft, setReasonDraft] = useState<ExcuseReason | null>(null);
  const [noteDraft, setNoteDraft] = useState<string | null>(null);
  const reason = reasonDraft ?? line.excuseReason;
  const note = noteDraft ?? line.excuseNote ?? '';
  const needsNote = reason === 'other' && !note.trim();

  async function send(nextReason: ExcuseReason | null, nextNote: string) {
    if (!nextReason || (nextReason === 'other' && !nextNote.trim())) return;
    if (
      nextReason === line.excuseReason &&
      nextNote === (line.excuseNote ?? '') &&
      line.presence === 'absent'
    ) {
      return;
    }
    if (await onSend(nextReason, nextNote.trim() || null)) {
      setReasonDraft(null);
      setNoteDraft(null);
    }
  }

  return (
    <>
      <TextField
        select
        label={t.reason}
        value={reason ?? ''}
        disabled={disabled}
        onChange={(e) => {
          const next = e.target.value as ExcuseReason;
          setReasonDraft(next);
          void send(next, note);
        }}
        error={!reason}
        helperText={reason ? ' ' : t.reasonRequired}
        sx={{ width: 210 }}
      >
        {EXCUSE_REASONS.map((r) => (
          <MenuItem key={r} value={r}>
            {excuseReasonLabelsFr[r]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t.note}
        value={note}
        disabled={disabled || !reason}
        onChange={(e) => setNoteDraft(e.target.value)}
        onBlur={() => void send(reason, note)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void send(reason, note);
          }
        }}
        error={needsNote}
        helperText={needsNote ? t.otherNeedsNote : ' '}
        slotProps={{ htmlInput: { maxLength: 300 } }}
        sx={{ flex: 1, minWidth: 160 }}
      />
    </>
  );
}
