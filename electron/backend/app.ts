import type { User } from '../../shared/api/auth';
import { contract as fullContract, fieldMessages } from '../../shared/api/index';
import type { MethodSpec } from '../../shared/api/method';
import { fail, type Result } from '../../shared/api/result';
import { errorsFr } from '../../shared/i18n/fr/errors';
import type { HandlerContext } from './context';
import type { Db } from './db/open';
import { AppError } from './errors';
import { createSession, deleteSession, lookupSession } from './features/auth/sessions';
import { findUserById } from './features/users/repository';
import { readSettings } from './features/settings/repository';
import { handlers as allHandlers } from './handlers';

/** What the transport knows about its caller: only the session token it carried. */
export interface Caller {
  sessionToken?: string | null;
}

/** A session to set or forget on the transport (cookie over HTTP, memory over IPC). */
export type SessionChange = { kind: 'start'; token: string } | { kind: 'end' };

export interface Outcome {
  result: Result<unknown>;
  session?: SessionChange;
}

type AnyHandler =
  | ((input: never, ctx: HandlerContext) => unknown)
  | {
      staged: true;
      before?: (input: never) => Promise<unknown>;
      run: (input: never, ctx: HandlerContext, prepared: never) => unknown;
      after?: (read: never, input: never) => Promise<unknown>;
    };

export interface AppOptions {
  db: Db;
  dataDir?: string | null;
  now?: () => Date;
  /** Replaceable in tests, to exercise the registry with methods of their own. */
  contract?: Record<string, MethodSpec>;
  handlers?: Record<string, AnyHandler>;
  logError?: (method: string, error: unknown) => void;
}

export interface App {
  call(method: string, input: unknown, caller?: Caller): Promise<Outcome>;
  readonly methods: readonly string[];
}

class InvalidOutput extends Error {}

/** The output schema strips what it does not declare, so nothing undeclared ever leaves. */
function checkOutput(spec: MethodSpec, value: unknown): unknown {
  const out = spec.output.safeParse(value);
  if (!out.success) throw new InvalidOutput(out.error.message);
  return out.data;
}

/**
 * The registry: the one place that turns a method name and raw input into a result. It checks,
 * in order, that the method exists, that the caller is signed in and allowed, and that the input
 * fits the schema; then it runs the handler inside one transaction and checks its output.
 */
export function createApp(options: AppOptions): App {
  const { db } = options;
  const contract: Record<string, MethodSpec> = options.contract ?? fullContract;
  const handlers = (options.handlers ?? allHandlers) as Record<string, AnyHandler>;
  const clock = options.now ?? (() => new Date());
  const logError =
    options.logError ?? ((method, error) => console.error(`[carnet] ${method} a échoué :`, error));

  function resolveUser(token: string, now: Date): { user: User | null; expired: boolean } {
    const { sessionTimeoutHours } = readSettings(db);
    const found = lookupSession(db, token, now, sessionTimeoutHours);
    if (found.kind !== 'valid') return { user: null, expired: found.kind === 'expired' };
    const user = findUserById(db, found.userId);
    return { user: user && !user.disabled ? user : null, expired: false };
  }

  async function call(method: string, rawInput: unknown, caller: Caller = {}): Promise<Outcome> {
    if (!Object.prototype.hasOwnProperty.call(contract, method)) {
      return { result: fail('UNKNOWN_METHOD', errorsFr.unknownMethod(String(method).slice(0, 80))) };
    }
    const spec = contract[method]!;
    const handler = handlers[method];
    const now = clock();
    const token = caller.sessionToken ?? null;

    let user: User | null = null;
    try {
      if (token) {
        const resolved = resolveUser(token, now);
        user = resolved.user;
        if (!user && spec.access !== 'public') {
          const message = resolved.expired
            ? errorsFr.sessionExpired(readSettings(db).sessionTimeoutHours)
            : errorsFr.notAuthenticated;
          return { result: fail('NOT_AUTHENTICATED', message), session: { kind: 'end' } };
        }
      }
    } catch (error) {
      logError(method, error);
      return { result: fail('INTERNAL', errorsFr.internal) };
    }

    if (spec.access !== 'public') {
      if (!user) return { result: fail('NOT_AUTHENTICATED', errorsFr.notAuthenticated) };
      if (!spec.access.includes(user.role)) return { result: fail('FORBIDDEN', errorsFr.forbidden) };
      if (user.mustChangePassword && !spec.allowedBeforePasswordChange) {
        return { result: fail('FORBIDDEN', errorsFr.mustChangePassword) };
      }
    }

    const parsed = spec.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      const fields = fieldMessages(parsed.error);
      const first = Object.values(fields)[0];
      return { result: fail('INVALID_INPUT', first ?? errorsFr.internal, fields) };
    }
    if (!handler) {
      logError(method, new Error('no handler registered'));
      return { result: fail('INTERNAL', errorsFr.internal) };
    }

    let session: SessionChange | undefined;
    const ctx: HandlerContext = {
      db,
      user,
      now,
      dataDir: options.dataDir ?? null,
      startSession(userId) {
        session = { kind: 'start', token: createSession(db, userId, now) };
      },
      endSession() {
        if (token) deleteSession(db, token);
        session = { kind: 'end' };
      },
    };

    try {
      let value: unknown;
      if (typeof handler === 'function') {
        value = db.transaction(() => checkOutput(spec, handler(parsed.data as never, ctx)))();
      } else {
        const input = parsed.data as never;
        const prepared = handler.before ? await handler.before(input) : undefined;
        const read = db.transaction(() => handler.run(input, ctx, prepared as never))();
        value = checkOutput(spec, handler.after ? await handler.after(read as never, input) : read);
      }
      return session ? { result: { ok: true, value }, session } : { result: { ok: true, value } };
    } catch (error) {
      if (error instanceof AppError) return { result: fail(error.code, error.message, error.fields) };
      logError(method, error);
      return { result: fail('INTERNAL', errorsFr.internal) };
    }
  }

  return { call, methods: Object.keys(contract) };
}
