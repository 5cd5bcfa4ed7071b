import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { User } from '../../../shared/api/auth';
import { ROLES, type Role } from '../../../shared/api/roles';
import { authFr } from '../../../shared/i18n/fr/auth';
import { roleLabelsFr, usersFr } from '../../../shared/i18n/fr/users';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FieldText } from '../../components/FieldText';
import { useAction } from '../../hooks/useAction';

/** Creates an account (with a provisional password) or edits an existing one's name and role. */
export function UserDialog({ user, onClose }: { user: User | null; onClose(saved: User | null): void }) {
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [login, setLogin] = useState(user?.login ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'trainer');
  const [password, setPassword] = useState('');
  const action = useAction();

  async function submit() {
    const saved = await action.run(() =>
      user
        ? call('users.update', { id: user.id, displayName, role })
        : call('users.create', { displayName, login, role, password }),
    );
    if (saved) onClose(saved);
  }

  return (
    <FormDialog
      title={user ? usersFr.editTitle : usersFr.createTitle}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
    >
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
        disabled={!!user}
        required
      />
      <TextField
        select
        label={usersFr.role}
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        error={!!action.fields.role}
        helperText={action.fields.role}
      >
        {ROLES.map((r) => (
          <MenuItem key={r} value={r}>
            {roleLabelsFr[r]}
          </MenuItem>
        ))}
      </TextField>
      {!user && (
        <TextField
          label={authFr.password}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={!!action.fields.password}
          helperText={action.fields.password ?? `${authFr.passwordHelp} ${usersFr.resetIntro}`}
          autoComplete="new-password"
          required
        />
      )}
    </FormDialog>
  );
}
