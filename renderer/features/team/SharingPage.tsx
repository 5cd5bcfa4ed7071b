import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { DEFAULT_TEAM_PORT, type TeamStatus } from '../../../shared/api/team';
import { navFr } from '../../../shared/i18n/fr/nav';
import { teamFr as t } from '../../../shared/i18n/fr/team';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { SharingDetails } from './SharingDetails';

function stateText(status: TeamStatus): string {
  if (status.mode === 'desktop') return status.shared ? t.sharedDesktop : t.notSharedDesktop;
  if (status.mode === 'serve') return status.shared ? t.sharedServe : t.notSharedServe;
  return t.noneAvailable;
}

/**
 * "Partager sur le réseau": in the desktop app, an administrator starts and stops sharing on the
 * local network (HTTPS) and reads the addresses and the certificate's fingerprint to give
 * colleagues; in serve mode the same screen shows how this server is shared, without controls.
 */
export function SharingPage() {
  const query = useQuery('team.status', {});
  const [port, setPort] = useState(String(DEFAULT_TEAM_PORT));
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const status = query.data;

  async function start(event: FormEvent) {
    event.preventDefault();
    const value = Number(port.trim());
    await action.run(() => call('team.start', { port: value }));
    query.reload();
  }

  async function stop(confirmed: boolean) {
    setConfirming(false);
    if (!confirmed) return;
    await action.run(() => call('team.stop', {}));
    query.reload();
  }

  return (
    <>
      <PageHeader title={navFr.sharing} intro={t.intro} />
      {query.error && <Alert severity="error">{query.error}</Alert>}
      {!status && !query.error && <CircularProgress aria-label={navFr.sharing} />}
      {status && (
        <Stack spacing={3}>
          {action.error && <Alert severity="error">{action.error}</Alert>}
          <Alert severity={status.shared ? 'success' : 'info'}>{stateText(status)}</Alert>
          {status.mode === 'desktop' && !status.shared && (
            <Stack
              component="form"
              direction="row"
              spacing={2}
              onSubmit={start}
              noValidate
              sx={{ alignItems: 'flex-start' }}
            >
              <TextField
                label={t.port}
                value={port}
                onChange={(e) => setPort(e.target.value)}
                error={!!action.fields.port}
                helperText={action.fields.port ?? t.portHelp}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                sx={{ width: 320 }}
              />
              <Button type="submit" variant="contained" disabled={action.busy}>
                {t.start}
              </Button>
            </Stack>
          )}
          {status.shared && <SharingDetails status={status} />}
          {status.mode === 'desktop' && status.shared && (
            <Button
              color="error"
              variant="outlined"
              onClick={() => setConfirming(true)}
              disabled={action.busy}
              sx={{ alignSelf: 'flex-start' }}
            >
              {t.stop}
            </Button>
          )}
          {status.mode === 'serve' && status.shared && <Alert severity="info">{t.serveFixed}</Alert>}
        </Stack>
      )}
      {confirming && (
        <ConfirmDialog text={t.confirmStop} confirmLabel={t.stop} onClose={(ok) => void stop(ok)} />
      )}
    </>
  );
}
