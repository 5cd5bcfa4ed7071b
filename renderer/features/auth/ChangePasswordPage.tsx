import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { authFr } from '../../../shared/i18n/fr/auth';
import { useSession } from '../../session';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown instead of Carnet while a password set by an administrator has not been replaced. */
export function ChangePasswordPage({ forced }: { forced: boolean }) {
  const { logout } = useSession();
  return (
    <AuthLayout title={authFr.changePasswordTitle}>
      {forced && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {authFr.changePasswordForced}
        </Alert>
      )}
      <ChangePasswordForm />
      <Button sx={{ mt: 1 }} onClick={() => void logout()}>
        {authFr.logout}
      </Button>
    </AuthLayout>
  );
}
