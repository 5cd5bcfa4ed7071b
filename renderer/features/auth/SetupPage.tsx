import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { User } from '../../../shared/api/auth';
import { authFr } from '../../../shared/i18n/fr/auth';
import { call } from '../../api';
import { FieldText } from '../../components/FieldText';
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
        <FieldText
          field="displayName"
          errors={action.fields}
          label={authFr.displayName}
          value={displayName}
          onChange={setDisplayName}
          autoFocus
          required
        />
        <FieldText
          field="login"
          errors={action.fields}
          help={authFr.loginHelp}
          label={authFr.login}
          value={login}
          onChange={setLogin}
          autoComplete="username"
          required
        />
        <FieldText
          field="password"
          errors={action.fields}
          help={authFr.passwordHelp}
          label={authFr.password}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
        />
        <FieldText
          field="passwordAgain"
          errors={action.fields}
          label={authFr.passwordAgain}
          type="password"
          value={again}
          onChange={setAgain}
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
