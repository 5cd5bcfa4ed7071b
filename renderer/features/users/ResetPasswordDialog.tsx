import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { User } from '../../../shared/api/auth';
import { authFr } from '../../../shared/i18n/fr/auth';
import { commonFr } from '../../../shared/i18n/fr/common';
import { usersFr } from '../../../shared/i18n/fr/users';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose(saved: User | null): void }) {
  const [password, setPassword] = useState('');
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(() => call('users.resetPassword', { id: user.id, password }));
    if (saved) onClose(saved);
  }

  return (
    <Dialog open onClose={() => onClose(null)} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{usersFr.resetTitle(user.displayName)}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{usersFr.resetIntro}</DialogContentText>
          {action.error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {action.error}
            </Alert>
          )}
          <TextField
            label={authFr.newPassword}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={!!action.fields.password}
            helperText={action.fields.password ?? authFr.passwordHelp}
            autoComplete="new-password"
            autoFocus
            required
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(null)}>{commonFr.cancel}</Button>
          <Button type="submit" variant="contained" disabled={action.busy}>
            {usersFr.resetPassword}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
