import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/api/settings';
import { DISPLAY_ROUNDINGS, type DisplayRounding } from '../../../shared/domain/marks/rounding';
import { averagesFr } from '../../../shared/i18n/fr/averages';
import { call } from '../../api';
import { FieldText } from '../../components/FieldText';
import { useAction } from '../../hooks/useAction';

const t = averagesFr.settings;
const MAX_LENGTH = 'marks.appreciationMaxLength';

function parseMaxLength(text: string): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= 100 && value <= 2000 ? value : null;
}

/** How marks count and show (settings.marks), administrators only. */
export function MarksSettingsSection() {
  const [marks, setMarks] = useState<Settings['marks'] | null>(null);
  const [maxLength, setMaxLength] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (!r.ok) return;
      setMarks(r.value.marks);
      setMaxLength(String(r.value.marks.appreciationMaxLength));
    });
  }, []);

  if (marks === null) return null;

  function change(next: Partial<Settings['marks']>) {
    setSaved(false);
    setMarks((current) => (current ? { ...current, ...next } : current));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const appreciationMaxLength = parseMaxLength(maxLength);
    if (appreciationMaxLength === null) return action.refuse({ [MAX_LENGTH]: t.maxLengthInvalid });
    const result = await action.run(() =>
      call('settings.update', { marks: { ...marks!, appreciationMaxLength } }),
    );
    if (result) setSaved(true);
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 560 }}>
      <Typography variant="body2" color="text.secondary">
        {t.intro}
      </Typography>
      {action.error && <Alert severity="error">{action.error}</Alert>}
      {saved && <Alert severity="success">{t.saved}</Alert>}
      <FormControl>
        <FormLabel id="marks-abs">{t.abs}</FormLabel>
        <RadioGroup
          aria-labelledby="marks-abs"
          value={marks.absCountsAsZero ? 'zero' : 'neutral'}
          onChange={(e) => change({ absCountsAsZero: e.target.value === 'zero' })}
        >
          <FormControlLabel value="zero" control={<Radio size="small" />} label={t.absZero} />
          <FormControlLabel value="neutral" control={<Radio size="small" />} label={t.absNeutral} />
        </RadioGroup>
      </FormControl>
      <TextField
        select
        label={t.rounding}
        value={marks.displayRounding}
        onChange={(e) => change({ displayRounding: e.target.value as DisplayRounding })}
        sx={{ maxWidth: 320 }}
      >
        {DISPLAY_ROUNDINGS.map((mode) => (
          <MenuItem key={mode} value={mode}>
            {t.roundings[mode]}
          </MenuItem>
        ))}
      </TextField>
      <FormControl>
        <FormControlLabel
          control={
            <Switch checked={marks.showRank} onChange={(e) => change({ showRank: e.target.checked })} />
          }
          label={t.showRank}
        />
        <FormHelperText sx={{ mt: 0 }}>{t.showRankHelp}</FormHelperText>
      </FormControl>
      <FieldText
        field={MAX_LENGTH}
        errors={action.fields}
        label={t.maxLength}
        help={t.maxLengthHelp}
        value={maxLength}
        onChange={(v) => {
          setSaved(false);
          setMaxLength(v);
        }}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        sx={{ maxWidth: 320 }}
      />
      <Button type="submit" variant="contained" disabled={action.busy} sx={{ alignSelf: 'flex-start' }}>
        {t.save}
      </Button>
    </Stack>
  );
}
