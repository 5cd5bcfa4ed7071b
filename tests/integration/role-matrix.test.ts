import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index';
import type { MethodSpec } from '../../shared/api/method';
import type { Result } from '../../shared/api/result';
import { ROLES, type Role } from '../../shared/api/roles';
import { errorsFr } from '../../shared/i18n/fr/errors';
import { createSession } from '../../electron/backend/features/auth/sessions';
import { insertUser } from '../../electron/backend/features/users/repository';
import { minimalInput } from '../helpers/minimal-input';
import { at, attendanceWorld, DURING, type AttendanceWorld } from './attendance-setup';

/**
 * Every method of the contract, called by each role, by nobody (no session) and by an account
 * that must still replace its provisional password, with the smallest input its schema allows.
 * The registry's answer must follow the contract's `access`; a role the contract lets in may
 * still be refused by the handler only for the methods listed in FINER_RULES, with their reason.
 */

/** Handler-level refusals of a role the contract admits, and the rule behind each. */
const FINER_RULES: Record<string, string> = {
  'attendance.record': 'a trainer records the roll call only on their own sessions',
  'attendance.signLearner': 'a trainer collects signatures only on their own sessions',
  'attendance.close': 'a trainer signs and closes only their own sessions’ sheets',
  'attendance.attachScan': 'a trainer attaches a scan only to their own sessions’ sheets',
  // Marks and appreciations (marks/teaching.ts): a trainer writes only for the groups × subjects
  // they teach. Proved per method by role-matrix-marks.test.ts, the import by
  // marks-xlsx.test.ts › respects who teaches what and closed periods.
  'evaluations.create': 'a trainer creates evaluations only on a group × subject they teach',
  'evaluations.update':
    'a trainer changes evaluations only on a group × subject they teach (the period it leaves and the one it joins)',
  'evaluations.delete':
    'a trainer deletes evaluations only on a group × subject they teach, and never one with marks (a manager forces it)',
  'marks.save': 'a trainer writes marks only on a group × subject they teach',
  'marks.saveMany':
    'a trainer pastes or fills marks only on a group × subject they teach, else nothing is written',
  'marks.importXlsx': 'a trainer imports marks only on a group × subject they teach, else nothing is written',
  'appreciations.save':
    'a trainer writes appreciations only of a subject they teach to the learner’s group; the general one is the managers’',
  // Reads narrowed the same way: averages-access.test.ts, appreciations-history.test.ts.
  'averages.group': 'a trainer reads the averages only of a group they teach',
  'averages.learner': 'a trainer reads a learner’s averages only in a group they teach',
  'appreciations.list': 'a trainer reads appreciations only of a group they teach',
  'appreciations.history': 'a trainer reads a learner’s appreciations only when they teach them',
};

type CallerName = 'none' | Role | 'mustChangePassword';
const CALLERS: readonly CallerName[] = ['none', ...ROLES, 'mustChangePassword'];

let w: AttendanceWorld;
const tokens = {} as Record<CallerName, string | null>;
const tally = { calls: 0, refusedByRole: 0, unauthenticated: 0, reachedHandler: 0 };

beforeAll(async () => {
  w = await attendanceWorld();
  at(w, DURING);
  const pending = insertUser(
    w.b.db,
    {
      login: 'paul.provisoire',
      displayName: 'Paul Provisoire',
      role: 'manager',
      passwordHash: 'not-a-hash',
      mustChangePassword: true,
    },
    w.b.clock.now,
  );
  Object.assign(tokens, {
    none: null,
    admin: w.admin,
    manager: w.manager,
    trainer: w.trainer,
    adviser: w.adviser,
    mustChangePassword: createSession(w.b.db, pending.id, w.b.clock.now),
  });
});

afterAll(() => {
  // The figures SECURITY.md quotes.
  console.log(`role matrix: ${JSON.stringify(tally)}`);
  w.b.close();
});

/**
 * One call, undone afterwards: each call meets the same world whatever the previous one did
 * (a deletion, a logout). The registry's own transaction nests inside this savepoint.
 */
async function callUndone(method: string, input: unknown, caller: CallerName): Promise<Result<unknown>> {
  w.b.db.exec('SAVEPOINT matrix');
  try {
    const { result } = await w.b.app.call(method, input, { sessionToken: tokens[caller] });
    return result;
  } finally {
    w.b.db.exec('ROLLBACK TO matrix; RELEASE matrix');
  }
}

const entries = Object.entries(contract) as [string, MethodSpec][];

describe('role × method matrix', () => {
  it.each(entries)('%s answers each caller as its access says', async (method, spec) => {
    const input = minimalInput(spec.input);
    for (const caller of CALLERS) {
      const result = await callUndone(method, input, caller);
      tally.calls++;
      const where = `${method} as ${caller}: ${JSON.stringify(result).slice(0, 300)}`;
      if (!result.ok) expect(result.error.code, where).not.toBe('INTERNAL');

      if (spec.access === 'public') {
        // Open to all; a refusal can only be about the input or the state (e.g. setup done).
        if (!result.ok) expect(result.error.code, where).not.toBe('FORBIDDEN');
        continue;
      }
      if (caller === 'none') {
        expect(result, where).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
        tally.unauthenticated++;
        continue;
      }
      if (caller === 'mustChangePassword') {
        if (!spec.allowedBeforePasswordChange) {
          expect(result, where).toMatchObject({
            ok: false,
            error: {
              code: 'FORBIDDEN',
              message: spec.access.includes('manager') ? errorsFr.mustChangePassword : errorsFr.forbidden,
            },
          });
          tally.refusedByRole++;
        }
        continue;
      }
      if (!spec.access.includes(caller)) {
        expect(result, where).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN', message: errorsFr.forbidden },
        });
        tally.refusedByRole++;
        continue;
      }
      // Let in by the contract: never refused for who they are, except by a listed finer rule.
      if (!result.ok) {
        expect(result.error.code, where).not.toBe('NOT_AUTHENTICATED');
        if (result.error.code === 'FORBIDDEN') {
          expect(FINER_RULES[method], `${where} — not a listed finer rule`).toBeDefined();
          expect(result.error.message, where).not.toBe(errorsFr.forbidden);
        }
      }
      if (result.ok || result.error.code !== 'INVALID_INPUT') tally.reachedHandler++;
    }
  });

  // Runs last: every method met every caller.
  it('called every method of the contract with every caller', () => {
    expect(tally.calls).toBe(entries.length * CALLERS.length);
    expect(Object.keys(FINER_RULES).every((m) => m in contract)).toBe(true);
  });
});
