import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { User } from '../../../shared/api/auth';
import { authFr } from '../../../shared/i18n/fr/auth';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';
import { AuthLayout } from './AuthLayout';

export function LoginPage({ notice, onDone }: { notice?: string | undefined; onDone(user: User): void }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const user = await action.run(() => call('auth.login', { login, password }));
    if (user) onDone(user);
    else setPassword('');
  }

  return (
    <AuthLayout title={authFr.loginTitle}>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {action.error ? (
          <Alert severity="error">{action.error}</Alert>
        ) : (
          notice && <Alert severity="info">{notice}</Alert>
        )}
        <TextField
          label={authFr.login}
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          autoComplete="username"
          autoFocus
          required
        />
        <TextField
          label={authFr.password}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
        />
        <Button type="submit" variant="contained" disabled={action.busy}>
          {authFr.loginSubmit}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
