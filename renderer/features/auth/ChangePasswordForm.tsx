import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { authFr } from '../../../shared/i18n/fr/auth';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';
import { useSession } from '../../session';

/** Current password, new one twice; used both when forced after a reset and from Paramètres. */
export function ChangePasswordForm({ onDone }: { onDone?(): void }) {
  const { setUser } = useSession();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (newPassword !== again) return action.refuse({ again: authFr.passwordsDiffer });
    const user = await action.run(() => call('auth.changePassword', { currentPassword, newPassword }));
    if (!user) return;
    setCurrent('');
    setNew('');
    setAgain('');
    setDone(true);
    setUser(user);
    onDone?.();
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 420 }}>
      {action.error && <Alert severity="error">{action.error}</Alert>}
      {done && <Alert severity="success">{authFr.passwordChanged}</Alert>}
      <TextField
        label={authFr.currentPassword}
        type="password"
        value={currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
        error={!!action.fields.currentPassword}
        helperText={action.fields.currentPassword}
        autoComplete="current-password"
        required
      />
      <TextField
        label={authFr.newPassword}
        type="password"
        value={newPassword}
        onChange={(e) => setNew(e.target.value)}
        error={!!action.fields.newPassword}
        helperText={action.fields.newPassword ?? authFr.passwordHelp}
        autoComplete="new-password"
        required
      />
      <TextField
        label={authFr.newPasswordAgain}
        type="password"
        value={again}
        onChange={(e) => setAgain(e.target.value)}
        error={!!action.fields.again}
        helperText={action.fields.again}
        autoComplete="new-password"
        required
      />
      <Button type="submit" variant="contained" disabled={action.busy}>
        {authFr.changePasswordSubmit}
      </Button>
    </Stack>
  );
}
