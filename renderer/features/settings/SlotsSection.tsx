import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/api/settings';
import { isValidTime, SLOTS, timeToMinutes, type Slot } from '../../../shared/domain/calendar/half-days';
import { formatHours } from '../../../shared/format/fr';
import { slotLabelsFr } from '../../../shared/i18n/fr/calendar';
import { settingsFr as t } from '../../../shared/i18n/fr/settings';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';

type SlotForm = Settings['slots'];

function duration({ start, end }: { start: string; end: string }): string | null {
  if (!isValidTime(start) || !isValidTime(end)) return null;
  const minutes = timeToMinutes(end) - timeToMinutes(start);
  return minutes > 0 ? t.slotDuration(formatHours(minutes / 60)) : null;
}

/** The centre's half-days and evening slot, administrators only. */
export function SlotsSection() {
  const [slots, setSlots] = useState<SlotForm | null>(null);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    void call('settings.get', {}).then((r) => r.ok && setSlots(r.value.slots));
  }, []);

  if (!slots) return null;

  function change(slot: Slot, edge: 'start' | 'end', value: string) {
    setSaved(false);
    setSlots((current) => current && { ...current, [slot]: { ...current[slot], [edge]: value.trim() } });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await action.run(() => call('settings.update', { slots: slots! }));
    if (result) {
      setSlots(result.slots);
      setSaved(true);
    }
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 520 }}>
      <Typography variant="body2" color="text.secondary">
        {t.slotsIntro}
      </Typography>
      {action.error && <Alert severity="error">{action.error}</Alert>}
      {saved && <Alert severity="success">{t.saved}</Alert>}
      {SLOTS.map((slot) => {
        const label = slotLabelsFr[slot];
        const field = (edge: 'start' | 'end') => action.fields[`slots.${slot}.${edge}`];
        return (
          <Box key={slot}>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              {label}
            </Typography>
            <Stack direction="row" spacing={2}>
              {(['start', 'end'] as const).map((edge) => (
                <TextField
                  key={edge}
                  label={edge === 'start' ? t.slotStart(label) : t.slotEnd(label)}
                  value={slots[slot][edge]}
                  onChange={(e) => change(slot, edge, e.target.value)}
                  error={!!field(edge)}
                  helperText={field(edge) ?? (edge === 'end' ? duration(slots[slot]) : null) ?? ' '}
                  placeholder="HH:MM"
                  slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5 } }}
                  sx={{ flex: 1 }}
                />
              ))}
            </Stack>
          </Box>
        );
      })}
      <Button type="submit" variant="contained" disabled={action.busy} sx={{ alignSelf: 'flex-start' }}>
        {t.save}
      </Button>
    </Stack>
  );
}
