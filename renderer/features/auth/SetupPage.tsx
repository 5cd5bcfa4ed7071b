import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { User } from '../../../shared/api/auth';
import { authFr } from '../../../shared/i18n/fr/auth';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';
import { AuthLayout } from './AuthLayout';

/** First start of an empty database: create the first administrator, who is then signed in. */
export function SetupPage({ onDone }: { onDone(user: User): void }) {
  const [displayName, setDisplayName] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== again) return action.refuse({ passwordAgain: authFr.passwordsDiffer });
    const user = await action.run(() => call('auth.setup', { displayName, login, password }));
    if (user) onDone(user);
  }

  return (
    <AuthLayout title={authFr.setupTitle}>
      <Typography sx={{ mb: 2 }} color="text.secondary">
        {authFr.setupIntro}
      </Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {action.error && <Alert severity="error">{action.error}</Alert>}
        <TextField
          label={authFr.displayName}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={!!action.fields.displayName}
          helperText={action.fields.displayName}
          autoFocus
          required
        />
        <TextField
          label={authFr.login}
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          error={!!action.fields.login}
          helperText={action.fields.login ?? authFr.loginHelp}
          autoComplete="username"
          required
        />
        <TextField
          label={authFr.password}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={!!action.fields.password}
          helperText={action.fields.password ?? authFr.passwordHelp}
          autoComplete="new-password"
          required
        />
        <TextField
          label={authFr.passwordAgain}
          type="password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          error={!!action.fields.passwordAgain}
          helperText={action.fields.passwordAgain}
          autoComplete="new-password"
          required
        />
        <Button type="submit" variant="contained" disabled={action.busy}>
          {authFr.setupSubmit}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
