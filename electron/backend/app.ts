import type { User } from '../../shared/api/auth';
import { contract as fullContract, fieldMessages } from '../../shared/api/index';
import type { MethodSpec } from '../../shared/api/method';
import { fail, type Result } from '../../shared/api/result';
import { errorsFr } from '../../shared/i18n/fr/errors';
import type { Backups } from './backups/service';
import type { HandlerContext, StageContext } from './context';
import { LiveDatabase } from './db/live';
import type { Db } from './db/open';
import { DocumentJobs } from './documents/jobs';
import { AppError } from './errors';
import { AddressAttempts } from './features/auth/address-attempts';
import { createSession, deleteSession, lookupSession } from './features/auth/sessions';
import { findUserById } from './features/users/repository';
import { readSettings } from './features/settings/repository';
import { handlers as allHandlers } from './handlers';

/** What the transport knows about its caller: the session token it carried, and its address. */
export interface Caller {
  sessionToken?: string | null;
  /** The peer's network address (HTTP); absent over IPC. */
  address?: string | null;
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
      before?: (input: never, stage: StageContext) => Promise<unknown>;
      run: (input: never, ctx: HandlerContext, prepared: never) => unknown;
      after?: (read: never, input: never, stage: StageContext) => Promise<unknown>;
    };

export interface AppOptions {
  /** A connection, or the replaceable one of a running app (start-backend.ts). */
  db: Db | LiveDatabase;
  dataDir?: string | null;
  /**
   * Backups of the database file, made by the staged handlers' stages (before an import, on
   * request) and by the restore, which replaces the live connection: see backups/service.ts.
   */
  backups?: (live: LiveDatabase, now: () => Date) => Backups;
  now?: () => Date;
  /** Replaceable in tests, to exercise the registry with methods of their own. */
  contract?: Record<string, MethodSpec>;
  handlers?: Record<string, AnyHandler>;
  logError?: (method: string, error: unknown) => void;
  /** The batches of issued documents; a fresh set when absent (tests may pass their own). */
  jobs?: DocumentJobs;
}

/** What a transport needs of the registry. */
export interface App {
  call(method: string, input: unknown, caller?: Caller): Promise<Outcome>;
  readonly methods: readonly string[];
}

/** The registry as its owner (start-backend, tests) holds it. */
export interface Registry extends App {
  /** The database the calls run on (a restore replaces its connection). */
  readonly live: LiveDatabase;
  readonly backups: Backups | null;
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
export function createApp(options: AppOptions): Registry {
  const live = options.db instanceof LiveDatabase ? options.db : new LiveDatabase(options.db);
  const contract: Record<string, MethodSpec> = options.contract ?? fullContract;
  const handlers = (options.handlers ?? allHandlers) as Record<string, AnyHandler>;
  const clock = options.now ?? (() => new Date());
  const logError =
    options.logError ?? ((method, error) => console.error(`[carnet] ${method} a échoué :`, error));
  const backups = options.backups ? options.backups(live, clock) : null;
  const addressAttempts = new AddressAttempts();
  const jobs = options.jobs ?? new DocumentJobs({ now: clock, logError });

  function resolveUser(db: Db, token: string, now: Date): { user: User | null; expired: boolean } {
    const { sessionTimeoutHours } = readSettings(db);
    const found = lookupSession(db, token, now, sessionTimeoutHours);
    if (found.kind !== 'valid') return { user: null, expired: found.kind === 'expired' };
    const user = findUserById(db, found.userId);
    return { user: user && !user.disabled ? user : null, expired: false };
  }

  /**
   * Each call is one use of the live database: it keeps the connection it started with, and a
   * restore (which replaces that connection from its own call's `after` stage) waits for the
   * other calls to end and holds new ones back until the new file is open.
   */
  function call(method: string, rawInput: unknown, caller: Caller = {}): Promise<Outcome> {
    return live.use((db) => callOn(db, method, rawInput, caller));
  }

  async function callOn(db: Db, method: string, rawInput: unknown, caller: Caller): Promise<Outcome> {
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
        const resolved = resolveUser(db, token, now);
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
      address: caller.address ?? null,
      addressAttempts,
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
        const stage: StageContext = { user, now, backups, jobs };
        const prepared = handler.before ? await handler.before(input, stage) : undefined;
        const read = db.transaction(() => handler.run(input, ctx, prepared as never))();
        value = checkOutput(spec, handler.after ? await handler.after(read as never, input, stage) : read);
      }
      return session ? { result: { ok: true, value }, session } : { result: { ok: true, value } };
    } catch (error) {
      if (error instanceof AppError) return { result: fail(error.code, error.message, error.fields) };
      logError(method, error);
      return { result: fail('INTERNAL', errorsFr.internal) };
    }
  }

  return { call, methods: Object.keys(contract), live, backups };
}
