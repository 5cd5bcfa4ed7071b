import { useState } from 'react';
import type { User } from '../../../shared/api/auth';
import { authFr } from '../../../shared/i18n/fr/auth';
import { usersFr } from '../../../shared/i18n/fr/users';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FieldText } from '../../components/FieldText';
import { useAction } from '../../hooks/useAction';

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose(saved: User | null): void }) {
  const [password, setPassword] = useState('');
  const action = useAction();

  async function submit() {
    const saved = await action.run(() => call('users.resetPassword', { id: user.id, password }));
    if (saved) onClose(saved);
  }

  return (
    <FormDialog
      title={usersFr.resetTitle(user.displayName)}
      intro={usersFr.resetIntro}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitLabel={usersFr.resetPassword}
    >
      <FieldText
        field="password"
        errors={action.fields}
        help={authFr.passwordHelp}
        label={authFr.newPassword}
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        autoFocus
        required
      />
    </FormDialog>
  );
}
