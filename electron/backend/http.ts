import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fs from 'node:fs';
import type { ErrorCode, Result } from '../../shared/api/result';
import { fail } from '../../shared/api/result';
import { errorsFr } from '../../shared/i18n/fr/errors';
import { CONTENT_SECURITY_POLICY } from '../csp';
import type { App } from './app';

export const SESSION_COOKIE = 'carnet_session';
export const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

const STATUS: Record<ErrorCode, number> = {
  UNKNOWN_METHOD: 404,
  INVALID_INPUT: 400,
  NOT_AUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface HttpOptions {
  app: App;
  /** The built renderer; omitted in tests that only exercise the API. */
  staticDir?: string;
  /** Set the Secure flag on the cookie (team mode over HTTPS); implied by `tls`. */
  secureCookie?: boolean;
  /** Serve HTTPS with this key and certificate (PEM): team mode on the local network. */
  tls?: { key: string; cert: string };
  /**
   * Accept only requests addressed to these host names (any port). When Carnet listens on the
   * loopback only, this defeats DNS rebinding: a foreign site whose name resolves to 127.0.0.1
   * still sends its own name in the Host header.
   */
  allowedHostnames?: readonly string[];
}

/**
 * Headers on every answer, pages and API alike: no MIME sniffing, no referrer leaving, never in a
 * frame (CSP frame-ancestors and X-Frame-Options for older browsers), no powerful features, and
 * a browsing context of its own.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Whether a request comes from another site's page. Browsers name the page's origin on every
 * POST (and `Sec-Fetch-Site` on modern ones); an opaque origin ("null": a sandboxed frame, a
 * file) is foreign too. A request naming neither comes from a program, not a page: it carries
 * no ambient cookie of a browser, so it may go on to the session check.
 */
export function isForeignRequest(headers: Record<string, string | string[] | undefined>): boolean {
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  try {
    return typeof origin !== 'string' || new URL(origin).host !== headers.host;
  } catch {
    return true;
  }
}

/** The names a browser on this machine uses for a server bound to the loopback. */
export const LOOPBACK_HOSTNAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;

function hostnameOf(host: string | undefined): string {
  if (!host) return '';
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
}

function send(reply: FastifyReply, result: Result<unknown>): FastifyReply {
  return reply.code(result.ok ? 200 : STATUS[result.error.code]).send(result);
}

/**
 * HTTP transport: `POST /api/<method>` with a JSON body, the session in an HttpOnly cookie.
 * It carries calls to the registry and back; it decides nothing about who may do what.
 */
export async function createHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const server = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: false,
    return503OnClosing: true,
    ...(options.tls ? { https: { key: options.tls.key, cert: options.tls.cert } } : {}),
  }) as unknown as FastifyInstance;
  await server.register(fastifyCookie);

  // Our own JSON parser, so a malformed body gets a French message rather than Fastify's.
  server.removeAllContentTypeParsers();
  server.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error('malformed JSON'), { statusCode: 400, carnet: 'malformed' }), undefined);
    }
  });

  server.setErrorHandler(
    (error: Error & { statusCode?: number; code?: string; carnet?: string }, _req, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
        return send(reply, fail('TOO_LARGE', errorsFr.tooLarge));
      }
      if (error.carnet === 'malformed' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
        return send(reply, fail('INVALID_INPUT', errorsFr.malformedJson));
      }
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
        return reply.code(415).send(fail('INVALID_INPUT', errorsFr.wrongContentType));
      }
      console.error('[carnet] erreur HTTP :', error);
      return send(reply, fail('INTERNAL', errorsFr.internal));
    },
  );

  const allowed = options.allowedHostnames;
  if (allowed) {
    server.addHook('onRequest', async (req, reply) => {
      if (!allowed.includes(hostnameOf(req.headers.host).toLowerCase())) {
        return reply.code(403).send(fail('FORBIDDEN', errorsFr.foreignHost));
      }
    });
  }

  server.addHook('onSend', async (req, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    // API answers (refusals included) hold personal data: never kept by a cache.
    if (req.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  server.post<{ Params: { method: string } }>('/api/:method', async (req, reply) => {
    // CSRF: besides the SameSite=Strict cookie, a call from another site's page is refused.
    if (isForeignRequest(req.headers)) {
      return reply.code(403).send(fail('FORBIDDEN', errorsFr.foreignOrigin));
    }
    const outcome = await options.app.call(req.params.method, req.body, {
      sessionToken: req.cookies[SESSION_COOKIE] ?? null,
      // The socket's peer (no proxy is trusted): login attempts are counted per address.
      address: req.ip,
    });
    if (outcome.session?.kind === 'start') {
      reply.setCookie(SESSION_COOKIE, outcome.session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: options.secureCookie ?? !!options.tls,
      });
    } else if (outcome.session?.kind === 'end') {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    return send(reply, outcome.result);
  });

  server.all('/api/*', async (_req, reply) =>
    reply.code(405).send(fail('UNKNOWN_METHOD', errorsFr.notFoundPage)),
  );

  if (options.staticDir && fs.existsSync(options.staticDir)) {
    await server.register(fastifyStatic, { root: options.staticDir, index: 'index.html' });
  }

  return server;
}
