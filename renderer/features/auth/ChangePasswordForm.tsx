import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent } from 'react';
import { authFr } from '../../../shared/i18n/fr/auth';
import { call } from '../../api';
import { FieldText } from '../../components/FieldText';
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
      <FieldText
        field="currentPassword"
        errors={action.fields}
        label={authFr.currentPassword}
        type="password"
        value={currentPassword}
        onChange={setCurrent}
        autoComplete="current-password"
        required
      />
      <FieldText
        field="newPassword"
        errors={action.fields}
        help={authFr.passwordHelp}
        label={authFr.newPassword}
        type="password"
        value={newPassword}
        onChange={setNew}
        autoComplete="new-password"
        required
      />
      <FieldText
        field="again"
        errors={action.fields}
        label={authFr.newPasswordAgain}
        type="password"
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
        required
      />
      <Button type="submit" variant="contained" disabled={action.busy}>
        {authFr.changePasswordSubmit}
      </Button>
    </Stack>
  );
}
