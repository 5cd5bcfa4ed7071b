import type { FastifyInstance } from 'fastify';
import type { App } from '../../electron/backend/app';
import { createHttpServer, SESSION_COOKIE, type HttpOptions } from '../../electron/backend/http';

/** A real HTTP transport on 127.0.0.1 (a free port) in front of a test registry. */
export interface TestHttp {
  server: FastifyInstance;
  base: string;
  /** POST /api/<method> with a JSON body; `cookie` is "carnet_session=…". */
  post(method: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startHttp(app: App, options: Omit<HttpOptions, 'app'> = {}): Promise<TestHttp> {
  const server = await createHttpServer({ app, ...options });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const base = `http://127.0.0.1:${address.port}`;
  return {
    server,
    base,
    post: (method, body, headers = {}) =>
      fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () => server.close(),
  };
}

/** The "name=value" part of a response's session cookie, to send back as a Cookie header. */
export function cookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0]!;
}

/** A Cookie header for a session token opened without HTTP (test worlds). */
export const sessionCookie = (token: string) => ({ Cookie: `${SESSION_COOKIE}=${token}` });

/** Signs in over HTTP and returns the Cookie header the browser would send next. */
export async function httpLogin(http: TestHttp, login: string, password: string) {
  const response = await http.post('auth.login', { login, password });
  if (response.status !== 200) throw new Error(`login ${login}: ${response.status} ${await response.text()}`);
  return { Cookie: cookieOf(response) };
}
