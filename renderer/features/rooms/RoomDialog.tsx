import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Room } from '../../../shared/api/rooms';
import { roomsFr } from '../../../shared/i18n/fr/rooms';
import { validationFr } from '../../../shared/i18n/fr/validation';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';

/** Creates a room or edits one. */
export function RoomDialog({ room, onClose }: { room: Room | null; onClose(saved: Room | null): void }) {
  const [name, setName] = useState(room?.name ?? '');
  const [site, setSite] = useState(room?.site ?? '');
  const [capacity, setCapacity] = useState(room ? String(room.capacity) : '');
  const [equipment, setEquipment] = useState(room?.equipment ?? '');
  const action = useAction();
  const f = action.fields;

  async function submit() {
    const places = Number(capacity.trim());
    // An empty or non-numeric box is said here: the contract only sees numbers.
    if (capacity.trim() === '' || !Number.isFinite(places)) {
      return action.refuse({
        capacity: capacity.trim() === '' ? validationFr.required : validationFr.expectedNumber,
      });
    }
    const input = { name, site, capacity: places, equipment };
    const saved = await action.run(() =>
      room ? call('rooms.update', { id: room.id, ...input }) : call('rooms.create', input),
    );
    if (saved) onClose(saved);
  }

  return (
    <FormDialog
      title={room ? roomsFr.editTitle(room.name) : roomsFr.createTitle}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
    >
      <TextField
        label={roomsFr.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={!!f.name}
        helperText={f.name}
        required
        autoFocus
      />
      <TextField
        label={roomsFr.site}
        value={site}
        onChange={(e) => setSite(e.target.value)}
        error={!!f.site}
        helperText={f.site}
      />
      <TextField
        label={roomsFr.capacity}
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
        error={!!f.capacity}
        helperText={f.capacity ?? roomsFr.capacityHelp}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        required
      />
      <TextField
        label={roomsFr.equipment}
        value={equipment}
        onChange={(e) => setEquipment(e.target.value)}
        error={!!f.equipment}
        helperText={f.equipment ?? roomsFr.equipmentHelp}
        multiline
        minRows={2}
      />
    </FormDialog>
  );
}
