import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useEffect, useState, type FormEvent } from 'react';
import { backupsFr as t } from '../../../shared/i18n/fr/backups';
import { call } from '../../api';
import { FieldText } from '../../components/FieldText';
import { useAction } from '../../hooks/useAction';

const FOLDER = 'backups.folder';
const DAILY = 'backups.keepDaily';
const WEEKLY = 'backups.keepWeekly';

function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : null;
}

/** Where backups go and how many automatic ones are kept; the backend checks the folder. */
export function BackupSettingsForm({
  folderInUse,
  onSaved,
}: {
  folderInUse: string | null;
  onSaved(): void;
}) {
  const [folder, setFolder] = useState<string | null>(null);
  const [daily, setDaily] = useState('');
  const [weekly, setWeekly] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (!r.ok) return;
      setFolder(r.value.backups.folder ?? '');
      setDaily(String(r.value.backups.keepDaily));
      setWeekly(String(r.value.backups.keepWeekly));
    });
  }, []);

  if (folder === null) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const keepDaily = wholeNumber(daily, 1, 60);
    const keepWeekly = wholeNumber(weekly, 0, 52);
    if (keepDaily === null || keepWeekly === null) {
      return action.refuse({
        ...(keepDaily === null ? { [DAILY]: t.keepInvalid(1, 60) } : {}),
        ...(keepWeekly === null ? { [WEEKLY]: t.keepInvalid(0, 52) } : {}),
      });
    }
    const result = await action.run(() =>
      call('settings.update', { backups: { folder: folder!.trim() || null, keepDaily, keepWeekly } }),
    );
    if (result) {
      setSaved(true);
      onSaved();
    }
  }

  const change = (set: (v: string) => void) => (value: string) => {
    setSaved(false);
    set(value);
  };
  const fallback =
    folderInUse && !folder.trim() ? `${t.defaultFolder} (${folderInUse}).` : `${t.defaultFolder}.`;

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 640 }}>
      {action.error && <Alert severity="error">{action.error}</Alert>}
      {saved && <Alert severity="success">{t.settingsSaved}</Alert>}
      <FieldText
        field={FOLDER}
        errors={action.fields}
        label={t.folder}
        help={t.folderHelp(fallback)}
        value={folder}
        onChange={change(setFolder)}
      />
      <Stack direction="row" spacing={2}>
        <FieldText
          field={DAILY}
          errors={action.fields}
          label={t.keepDaily}
          help={t.keepDailyHelp}
          value={daily}
          onChange={change(setDaily)}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <FieldText
          field={WEEKLY}
          errors={action.fields}
          label={t.keepWeekly}
          help={t.keepWeeklyHelp}
          value={weekly}
          onChange={change(setWeekly)}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
      </Stack>
      <Button type="submit" variant="outlined" disabled={action.busy} sx={{ alignSelf: 'flex-start' }}>
        {t.saveSettings}
      </Button>
    </Stack>
  );
}
