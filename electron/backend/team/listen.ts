import type { FastifyInstance } from 'fastify';
import { teamFr as t } from '../../../shared/i18n/fr/team';
import type { App } from '../app';
import { createHttpServer, LOOPBACK_HOSTNAMES } from '../http';
import { isLoopbackHost } from './addresses';

export interface ListenOptions {
  app: App;
  staticDir?: string;
  host: string;
  port: number;
  /** Key and certificate (PEM): required for any address other than the loopback. */
  tls?: { key: string; cert: string };
}

/** A refusal to listen, in French, for the console or the screen. */
export class ListenError extends Error {
  constructor(
    message: string,
    readonly reason: 'plain-http' | 'port-in-use' | 'other',
  ) {
    super(message);
    this.name = 'ListenError';
  }
}

/**
 * Starts the HTTP transport on an address. Plain HTTP is served on the loopback only (with the
 * Host check against DNS rebinding); any other address needs `tls`: nothing on the network
 * ever travels unencrypted. Refused before anything listens.
 */
export async function listenOn(options: ListenOptions): Promise<FastifyInstance> {
  const { host, port, tls } = options;
  const loopback = isLoopbackHost(host);
  if (!tls && !loopback) throw new ListenError(t.plainHttpRefused(host), 'plain-http');
  const server = await createHttpServer({
    app: options.app,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    ...(tls ? { tls } : {}),
    ...(loopback && !tls ? { allowedHostnames: LOOPBACK_HOSTNAMES } : {}),
  });
  try {
    await server.listen({ host, port });
  } catch (error) {
    await server.close().catch(() => undefined);
    const code = (error as { code?: string }).code;
    throw code === 'EADDRINUSE'
      ? new ListenError(t.portInUse(port), 'port-in-use')
      : new ListenError(t.cannotListen(port, (error as Error).message), 'other');
  }
  return server;
}
