import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { User } from '../shared/api/auth';
import { authFr } from '../shared/i18n/fr/auth';
import { commonFr } from '../shared/i18n/fr/common';
import { call, onSessionLost } from './api';
import { AppShell } from './components/AppShell';
import { ChangePasswordPage } from './features/auth/ChangePasswordPage';
import { LoginPage } from './features/auth/LoginPage';
import { SetupPage } from './features/auth/SetupPage';
import { SessionContext, type SessionValue } from './session';

type Phase =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'setup' }
  | { kind: 'login'; notice?: string }
  | { kind: 'in'; user: User };

/** Decides what the person sees first: the setup screen, the login screen, or Carnet itself. */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const navigate = useNavigate();
  const lastUserId = useRef<number | null>(null);

  /** Someone else signing in on a shared PC starts from the dashboard, not from the last person's page. */
  const signedIn = (user: User) => {
    if (lastUserId.current !== null && lastUserId.current !== user.id) navigate('/');
    lastUserId.current = user.id;
    setPhase({ kind: 'in', user });
  };

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    void call('auth.status', {}).then((status) => {
      if (!status.ok) setPhase({ kind: 'unreachable', message: status.error.message });
      else if (status.value.setupRequired) setPhase({ kind: 'setup' });
      else if (status.value.user) {
        lastUserId.current = status.value.user.id;
        setPhase({ kind: 'in', user: status.value.user });
      } else setPhase({ kind: 'login' });
    });
  }, [attempt]);

  const retry = () => {
    setPhase({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };

  useEffect(() => onSessionLost((error) => setPhase({ kind: 'login', notice: error.message })), []);

  const session = useMemo<SessionValue | null>(
    () =>
      phase.kind === 'in'
        ? {
            user: phase.user,
            setUser: (user) => setPhase({ kind: 'in', user }),
            logout: async () => {
              await call('auth.logout', {});
              navigate('/');
              setPhase({ kind: 'login', notice: authFr.loggedOutNotice });
            },
          }
        : null,
    [phase, navigate],
  );

  switch (phase.kind) {
    case 'loading':
      return (
        <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }} aria-label={commonFr.loading}>
          <CircularProgress />
        </Box>
      );
    case 'unreachable':
      return (
        <Box sx={{ p: 4, maxWidth: 640, mx: 'auto' }}>
          <Alert
            severity="error"
            action={
              <Button color="inherit" onClick={retry}>
                {commonFr.retry}
              </Button>
            }
          >
            {phase.message}
          </Alert>
        </Box>
      );
    case 'setup':
      return <SetupPage onDone={signedIn} />;
    case 'login':
      return <LoginPage notice={phase.notice} onDone={signedIn} />;
    case 'in':
      return (
        <SessionContext.Provider value={session}>
          {phase.user.mustChangePassword ? <ChangePasswordPage forced /> : <AppShell />}
        </SessionContext.Provider>
      );
  }
}
