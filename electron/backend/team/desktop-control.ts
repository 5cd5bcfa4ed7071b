import type { FastifyInstance } from 'fastify';
import type { TeamStatus } from '../../../shared/api/team';
import { teamFr as t } from '../../../shared/i18n/fr/team';
import type { App } from '../app';
import { AppError } from '../errors';
import { colleagueUrls } from './addresses';
import { ensureCertificate, type TeamCertificate } from './certificate';
import type { TeamControl } from './control';
import { listenOn, ListenError } from './listen';

export interface DesktopTeamOptions {
  app: App;
  dataDir: string;
  staticDir?: string;
  /** Where the host's lines go (the fingerprint among them); the console by default. */
  log?: (line: string) => void;
  /** All IPv4 interfaces by default; the tests use the loopback. */
  host?: string;
}

/**
 * The desktop app's sharing: an HTTPS server on the local network in front of the same registry
 * as the window, started and stopped from "Partager sur le réseau". One at a time.
 */
export function desktopTeamControl(options: DesktopTeamOptions): TeamControl {
  const log = options.log ?? ((line: string) => console.log(line));
  const host = options.host ?? '0.0.0.0';
  let running: { server: FastifyInstance; port: number; certificate: TeamCertificate } | null = null;
  let pending: Promise<TeamStatus> | null = null;

  function status(): TeamStatus {
    return {
      mode: 'desktop',
      shared: running !== null,
      secure: running !== null,
      port: running?.port ?? null,
      addresses: running ? colleagueUrls(host, running.port, true) : [],
      fingerprint: running?.certificate.fingerprint ?? null,
      certificateExpiresAt: running?.certificate.notAfter.toISOString() ?? null,
    };
  }

  async function begin(port: number): Promise<TeamStatus> {
    let certificate: TeamCertificate;
    try {
      certificate = await ensureCertificate(options.dataDir);
    } catch (error) {
      throw new AppError('UNAVAILABLE', t.certificateFailed((error as Error).message));
    }
    try {
      const server = await listenOn({
        app: options.app,
        host,
        port,
        tls: { key: certificate.key, cert: certificate.cert },
        ...(options.staticDir ? { staticDir: options.staticDir } : {}),
      });
      // Port 0 (tests) lets the system choose: report the one actually bound.
      const bound = server.server.address();
      running = { server, port: bound && typeof bound === 'object' ? bound.port : port, certificate };
    } catch (error) {
      if (error instanceof ListenError) {
        throw new AppError(error.reason === 'port-in-use' ? 'CONFLICT' : 'UNAVAILABLE', error.message);
      }
      throw error;
    }
    if (certificate.created) log(t.consoleNewCertificate(certificate.certFile));
    log(t.consoleShared(host, running.port));
    log(t.consoleFingerprint(certificate.fingerprint));
    log(t.consoleCheck);
    return status();
  }

  return {
    status,
    async start(port) {
      if (running) return status(); // already shared: say where
      // Two clicks in a row start one server.
      pending ??= begin(port).finally(() => (pending = null));
      return pending;
    },
    async stop() {
      const current = running;
      running = null;
      if (current) {
        await current.server.close();
        log(t.consoleStopped);
      }
      return status();
    },
  };
}
