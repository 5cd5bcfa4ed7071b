import CheckIcon from '@mui/icons-material/Check';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { MODALITY_LIST, SLOT_LIST, type Modality, type Slot } from './display';
import type { Choice, TrainerChoice } from './useSessionChoices';

export interface SessionDraft {
  subjectId: number | '';
  trainerId: number | '';
  roomId: number | '';
  modality: Modality;
  note: string;
  date: string;
  slot: Slot;
}

/** The fields of a session: subject, trainer (qualified first), room (in centre only), modality, note. */
export function SessionFields({
  draft,
  change,
  subjects,
  trainers,
  rooms,
  errors,
}: {
  draft: SessionDraft;
  change(patch: Partial<SessionDraft>): void;
  subjects: Choice[];
  trainers: TrainerChoice[];
  rooms: Choice[];
  errors: Record<string, string>;
}) {
  const num = (v: string) => (v === '' ? '' : Number(v));
  return (
    <>
      <TextField
        select
        required
        autoFocus
        label={t.subject}
        value={draft.subjectId}
        onChange={(e) => change({ subjectId: num(e.target.value) })}
        error={!!errors.subjectId}
        helperText={errors.subjectId ?? (subjects.length === 0 ? t.noSubjects : undefined)}
      >
        {subjects.map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {s.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t.trainer}
        value={draft.trainerId}
        onChange={(e) => change({ trainerId: num(e.target.value) })}
        error={!!errors.trainerId}
        helperText={errors.trainerId ?? t.notQualifiedHelp}
      >
        <MenuItem value="">{t.none}</MenuItem>
        {trainers.map((p) => (
          <MenuItem key={p.id} value={p.id} sx={p.qualified ? { fontWeight: 600 } : undefined}>
            {p.qualified && <CheckIcon fontSize="small" color="success" sx={{ mr: 1 }} aria-hidden />}
            {p.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t.modality}
        value={draft.modality}
        onChange={(e) => change({ modality: e.target.value as Modality })}
        error={!!errors.modality}
        helperText={errors.modality}
      >
        {MODALITY_LIST.map((m) => (
          <MenuItem key={m} value={m}>
            {t.modalities[m]}
          </MenuItem>
        ))}
      </TextField>
      {draft.modality === 'onsite' ? (
        <TextField
          select
          label={t.roomField}
          value={draft.roomId}
          onChange={(e) => change({ roomId: num(e.target.value) })}
          error={!!errors.roomId}
          helperText={errors.roomId}
        >
          <MenuItem value="">{t.none}</MenuItem>
          {rooms.map((r) => (
            <MenuItem key={r.id} value={r.id}>
              {r.label}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <TextField
        type="date"
        label={t.date}
        value={draft.date}
        onChange={(e) => change({ date: e.target.value })}
        error={!!errors.date}
        helperText={errors.date}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        select
        label={t.slot}
        value={draft.slot}
        onChange={(e) => change({ slot: e.target.value as Slot })}
        error={!!errors.slot}
        helperText={errors.slot}
      >
        {SLOT_LIST.map((s) => (
          <MenuItem key={s} value={s}>
            {t.slots[s]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t.note}
        value={draft.note}
        onChange={(e) => change({ note: e.target.value })}
        error={!!errors.note}
        helperText={errors.note}
        multiline
        minRows={2}
      />
    </>
  );
}
