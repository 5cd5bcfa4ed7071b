import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { SessionView } from '../../../shared/api/planning';
import { addDays } from '../../../shared/domain/calendar';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import { AvailabilityNotices, copyNotices } from './AvailabilityNotices';
import { SLOT_LIST, type Slot } from './display';
import type { FeedbackMessage } from './Feedback';
import { savedMessage } from './useGridActions';
import { useAvailability } from './useSessionChoices';

/** Copies a session to another half-day of its group (a week later by default). */
export function DuplicateDialog({
  session,
  onClose,
}: {
  session: SessionView;
  onClose(done: FeedbackMessage | null): void;
}) {
  const [date, setDate] = useState(addDays(session.date, 7));
  const [slot, setSlot] = useState<Slot>(session.slot);
  const action = useAction();
  // The original stays where it is: nothing is left out, so it holds its own half-day.
  const availability = useAvailability({
    groupId: session.groupId,
    date,
    slot,
    subjectId: session.subjectId,
  });

  async function submit() {
    const saved = await action.run(() => call('sessions.duplicate', { id: session.id, date, slot }));
    if (saved) onClose(savedMessage(saved, t.duplicated));
  }

  return (
    <FormDialog
      title={t.duplicateTitle(session.subjectName)}
      intro={t.duplicateIntro}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitLabel={t.duplicate}
    >
      <TextField
        type="date"
        label={t.date}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={!!action.fields.date}
        helperText={action.fields.date}
        slotProps={{ inputLabel: { shrink: true } }}
        autoFocus
      />
      <TextField
        select
        label={t.slot}
        value={slot}
        onChange={(e) => setSlot(e.target.value as Slot)}
        error={!!action.fields.slot}
        helperText={action.fields.slot}
      >
        {SLOT_LIST.map((s) => (
          <MenuItem key={s} value={s}>
            {t.slots[s]}
          </MenuItem>
        ))}
      </TextField>
      {availability && <AvailabilityNotices notices={copyNotices(availability, session)} />}
    </FormDialog>
  );
}
