import path from 'node:path';
import { createApp, type App } from '../../electron/backend/app';
import { openDatabase, type Db } from '../../electron/backend/db/open';
import { ensureBuiltinProgrammes } from '../../electron/backend/features/programmes/catalogue';
import { DATABASE_FILE } from '../../electron/backend/start-backend';
import type { Input, MethodName, Output } from '../../shared/api/index';

/**
 * The app's own registry on a data directory, as `startBackend` builds it, with a settable clock
 * and a signed-in caller: every write of the seed and of the in-process figures goes through the
 * same checks, transaction and audit as a click in the app.
 */
export interface Backend {
  db: Db;
  app: App;
  clock: { now: Date };
  /** Time spent per method by `call`: where a seed's minutes go. */
  timings: Map<string, { calls: number; ms: number }>;
  /** Calls as the signed-in user; a refusal throws with its French message. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** The result as it is, refusals included. */
  attempt(method: MethodName, input: unknown): Promise<{ ok: boolean; message?: string }>;
  login(login: string, password: string): Promise<void>;
  /**
   * Sets the (fixed) clock, signing in again as the same person when the jump would have left
   * the session idle longer than the default timeout (8 h): the seed replays years of work.
   */
  moveClock(now: Date): Promise<void>;
  setup(admin: { displayName: string; login: string; password: string }): Promise<void>;
  close(): void;
}

/** An hour under the default idle timeout of a session (settings: 8 h). */
const SIGN_IN_AGAIN_AFTER_MS = 7 * 3_600_000;

export async function openBackend(dataDir: string, now: Date | null = null): Promise<Backend> {
  const opened = await openDatabase(path.join(dataDir, DATABASE_FILE));
  if (!opened.ok) throw new Error(opened.message);
  const { db } = opened;
  const clock = { now: now ?? new Date() };
  db.transaction(() => ensureBuiltinProgrammes(db, clock.now))();
  const app = createApp({
    db,
    dataDir: path.resolve(dataDir),
    // A fixed clock when asked (the seed); the real one otherwise (the figures).
    now: () => (now ? clock.now : new Date()),
    logError: (method, error) => console.error(`[bench] ${method}:`, error),
  });
  let token: string | null = null;
  let credentials: { login: string; password: string } | null = null;
  // The latest clock a call of this session was made at: where its idle time is counted from.
  let lastActive = clock.now.getTime();
  const timings = new Map<string, { calls: number; ms: number }>();

  async function raw(method: string, input: unknown) {
    lastActive = Math.max(lastActive, clock.now.getTime());
    return app.call(method, input, { sessionToken: token });
  }

  async function signIn(method: 'auth.login' | 'auth.setup', input: unknown): Promise<void> {
    const outcome = await raw(method, input);
    if (!outcome.result.ok || outcome.session?.kind !== 'start') {
      throw new Error(`${method}: ${JSON.stringify(outcome.result)}`);
    }
    token = outcome.session.token;
    // A new session: its idle time counts from now, whatever the clock did before.
    lastActive = clock.now.getTime();
  }

  return {
    db,
    app,
    clock,
    timings,
    async call(method, input) {
      const started = performance.now();
      const { result } = await raw(method, input);
      const spent = timings.get(method) ?? { calls: 0, ms: 0 };
      timings.set(method, { calls: spent.calls + 1, ms: spent.ms + performance.now() - started });
      if (!result.ok) throw new Error(`${method} refusé : ${result.error.message}`);
      return result.value as never;
    },
    async attempt(method, input) {
      const { result } = await raw(method, input);
      return result.ok ? { ok: true } : { ok: false, message: result.error.message };
    },
    async login(login, password) {
      await signIn('auth.login', { login, password });
      credentials = { login, password };
    },
    async moveClock(to) {
      clock.now = to;
      if (credentials && to.getTime() - lastActive > SIGN_IN_AGAIN_AFTER_MS) {
        await signIn('auth.login', credentials);
      }
    },
    setup: (admin) => signIn('auth.setup', admin),
    close: () => db.close(),
  };
}
