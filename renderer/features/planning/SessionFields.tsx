import CheckIcon from '@mui/icons-material/Check';
import ListItemIcon from '@mui/material/ListItemIcon';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Room } from '../../../shared/api/rooms';
import type { Trainer } from '../../../shared/api/trainers';
import { availabilityFr as a } from '../../../shared/i18n/fr/availability';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { AvailabilityNotices, halfDayNotices } from './AvailabilityNotices';
import { MODALITY_LIST, SLOT_LIST, type Modality, type Slot } from './display';
import { OptionText } from './OptionText';
import { slotRoomChoices, slotTrainerChoices, useAvailability, type Choice } from './useSessionChoices';

export interface SessionDraft {
  subjectId: number | '';
  trainerId: number | '';
  roomId: number | '';
  modality: Modality;
  note: string;
  date: string;
  slot: Slot;
}

/** The chosen option's name alone in the field (the option's notes are for the open list). */
const nameOf = (choices: Choice[]) => (value: unknown) => choices.find((c) => c.id === value)?.label ?? '';

/** A blocked option keeps its full colour: greyed out, the reason it is blocked would be unreadable. */
const blockedSx = { '&.Mui-disabled': { opacity: 1 } } as const;

/**
 * The fields of a session: subject, trainer, room (in centre only), modality, date, slot, note.
 * The trainers and rooms say who is free on the chosen half-day, asked again whenever the date,
 * slot or subject changes: busy ones (and rooms too small) are listed but cannot be chosen, a
 * trainer outside their declared availability or not teaching the subject only warns. What
 * refuses any session there (holiday, company day, the group already taught) shows on top.
 */
export function SessionFields({
  draft,
  change,
  subjects,
  trainers: trainerList,
  rooms: roomList,
  groupId,
  excludeSessionId,
  errors,
}: {
  draft: SessionDraft;
  change(patch: Partial<SessionDraft>): void;
  subjects: Choice[];
  /** The references: listed as they are until the half-day's availability arrives. */
  trainers: Trainer[];
  rooms: Room[];
  groupId: number;
  /** The session being edited, which must not see itself as busy. */
  excludeSessionId?: number;
  errors: Record<string, string>;
}) {
  const subjectId = draft.subjectId === '' ? null : draft.subjectId;
  const availability = useAvailability({
    groupId,
    date: draft.date,
    slot: draft.slot,
    subjectId,
    ...(excludeSessionId === undefined ? {} : { excludeSessionId }),
  });
  const trainers = slotTrainerChoices(trainerList, subjectId, availability);
  const rooms = slotRoomChoices(roomList, availability);
  const chosenTrainer = trainers.find((p) => p.id === draft.trainerId)?.chosenNote ?? null;
  const chosenRoom = rooms.find((r) => r.id === draft.roomId)?.chosenNote ?? null;
  const num = (v: string) => (v === '' ? '' : Number(v));
  return (
    <>
      {availability && <AvailabilityNotices notices={halfDayNotices(availability, draft.modality)} />}
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
        error={!!errors.trainerId || chosenTrainer?.tone === 'error'}
        helperText={errors.trainerId ?? chosenTrainer?.text ?? a.trainerHelp}
        slotProps={{ select: { renderValue: nameOf(trainers) } }}
      >
        <MenuItem value="">{t.none}</MenuItem>
        {trainers.map((p) => (
          <MenuItem key={p.id} value={p.id} disabled={p.blocked} sx={blockedSx}>
            <ListItemIcon>
              {p.qualified && <CheckIcon fontSize="small" color="success" aria-hidden />}
            </ListItemIcon>
            <OptionText label={p.label} notes={p.notes} blocked={p.blocked} />
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
          error={!!errors.roomId || chosenRoom?.tone === 'error'}
          helperText={errors.roomId ?? chosenRoom?.text}
          slotProps={{ select: { renderValue: nameOf(rooms) } }}
        >
          <MenuItem value="">{t.none}</MenuItem>
          {rooms.map((r) => (
            <MenuItem key={r.id} value={r.id} disabled={r.blocked} sx={blockedSx}>
              <OptionText label={r.label} notes={r.notes} blocked={r.blocked} />
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
