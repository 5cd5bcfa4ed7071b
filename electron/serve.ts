import path from 'node:path';
import { teamFr as t } from '../shared/i18n/fr/team';
import { AppError } from './backend/errors';
import { startBackend } from './backend/start-backend';
import { colleagueUrls, isLoopbackHost } from './backend/team/addresses';
import { ensureCertificate, type TeamCertificate } from './backend/team/certificate';
import { fixedTeamControl, installTeamControl } from './backend/team/control';
import { listenOn, ListenError } from './backend/team/listen';
import { parseServeOptions } from './serve-options';

/**
 * `npm run serve`: the same registry as the desktop app, over HTTP on 127.0.0.1 (e2e tests, one
 * machine) or over HTTPS on any other address (team mode on the local network), with the
 * certificate made at first use in the data folder and its fingerprint printed here.
 */
async function main(): Promise<void> {
  const parsed = parseServeOptions(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  const { dataDir, host, port } = parsed.options;
  const backend = await startBackend(dataDir);
  if (!backend.ok) {
    console.error(t.consoleCannotStart(backend.message));
    process.exit(1);
  }
  const shared = !isLoopbackHost(host);
  let certificate: TeamCertificate | null = null;
  try {
    if (shared) certificate = await ensureCertificate(dataDir);
  } catch (error) {
    console.error(t.certificateFailed((error as Error).message));
    backend.close();
    process.exit(1);
  }

  let server;
  try {
    server = await listenOn({
      app: backend.app,
      staticDir: path.join(__dirname, '../renderer'),
      host,
      port,
      ...(certificate ? { tls: { key: certificate.key, cert: certificate.cert } } : {}),
    });
  } catch (error) {
    const reason = error instanceof ListenError ? error.reason : 'other';
    console.error(
      reason === 'port-in-use'
        ? t.consolePortInUse(port)
        : t.consoleCannotListen(host, port, (error as Error).message),
    );
    backend.close();
    process.exit(1);
  }

  const addresses = colleagueUrls(host, port, shared);
  installTeamControl(
    fixedTeamControl(
      {
        mode: 'serve',
        shared,
        secure: shared,
        port,
        addresses,
        fingerprint: certificate?.fingerprint ?? null,
        certificateExpiresAt: certificate?.notAfter.toISOString() ?? null,
      },
      () => new AppError('CONFLICT', t.serveFixed),
    ),
  );
  // One stream, so the fingerprint always comes before "prêt" for whoever reads the console.
  if (certificate) {
    if (certificate.created) console.log(t.consoleNewCertificate(certificate.certFile));
    console.log(t.consoleShared(host, port));
    console.log(t.consoleFingerprint(certificate.fingerprint));
    console.log(t.consoleCheck);
    if (addresses.length) console.log(t.consoleAddresses(addresses));
  }
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const local = `${shared ? 'https' : 'http'}://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  console.log(t.consoleReady(local, path.resolve(dataDir)));

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    void server.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
