import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import { formatNumber } from '../../../shared/format/fr';
import { attendanceCardsFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { call } from '../../api';
import { FieldText } from '../../components/FieldText';
import { useAction } from '../../hooks/useAction';

const SHARE = 'attendanceAlerts.unjustifiedShareMax';
const HALF_DAYS = 'attendanceAlerts.unjustifiedHalfDaysPerMonth';

/** "10" or "12,5" (per cent) -> 0.1 or 0.125; null when not between 1 and 100. */
function parseShare(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 1 && value <= 100 ? value / 100 : null;
}

function parseHalfDays(text: string): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= 1 && value <= 40 ? value : null;
}

/** The absence thresholds that raise the dashboard's alerts, administrators only. */
export function AttendanceAlertsSection() {
  const [share, setShare] = useState<string | null>(null);
  const [halfDays, setHalfDays] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (!r.ok) return;
      setShare(formatNumber(r.value.attendanceAlerts.unjustifiedShareMax * 100));
      setHalfDays(String(r.value.attendanceAlerts.unjustifiedHalfDaysPerMonth));
    });
  }, []);

  if (share === null) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const unjustifiedShareMax = parseShare(share!);
    const unjustifiedHalfDaysPerMonth = parseHalfDays(halfDays);
    if (unjustifiedShareMax === null || unjustifiedHalfDaysPerMonth === null) {
      return action.refuse({
        ...(unjustifiedShareMax === null ? { [SHARE]: t.shareInvalid } : {}),
        ...(unjustifiedHalfDaysPerMonth === null ? { [HALF_DAYS]: t.halfDaysInvalid } : {}),
      });
    }
    const result = await action.run(() =>
      call('settings.update', { attendanceAlerts: { unjustifiedShareMax, unjustifiedHalfDaysPerMonth } }),
    );
    if (result) setSaved(true);
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 520 }}>
      <Typography variant="body2" color="text.secondary">
        {t.settingsIntro}
      </Typography>
      {action.error && <Alert severity="error">{action.error}</Alert>}
      {saved && <Alert severity="success">{t.saved}</Alert>}
      <FieldText
        field={SHARE}
        errors={action.fields}
        label={t.shareMax}
        help={t.shareMaxHelp}
        value={share}
        onChange={(v) => {
          setSaved(false);
          setShare(v);
        }}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      />
      <FieldText
        field={HALF_DAYS}
        errors={action.fields}
        label={t.halfDays}
        help={t.halfDaysHelp}
        value={halfDays}
        onChange={(v) => {
          setSaved(false);
          setHalfDays(v);
        }}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <Button type="submit" variant="contained" disabled={action.busy} sx={{ alignSelf: 'flex-start' }}>
        {t.save}
      </Button>
    </Stack>
  );
}
