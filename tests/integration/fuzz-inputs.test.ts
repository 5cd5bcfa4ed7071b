import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index';
import { createSession } from '../../electron/backend/features/auth/sessions';
import { checksum, freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';

let b: TestBackend;
beforeAll(async () => {
  b = await freshBackend();
  await setupAdmin(b.app);
});
afterAll(() => b.close());

/** Inputs a careless or hostile caller might send: any JSON, hostile strings, wrong shapes. */
const hostile = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true }),
  fc.constantFrom(
    "'; DROP TABLE users; --",
    '<script>alert(1)</script>',
    'x'.repeat(100_000),
    -1,
    1e308,
    NaN,
  ),
  fc.dictionary(
    fc.constantFrom(
      'id',
      'login',
      'password',
      'role',
      'displayName',
      'disabled',
      'sessionTimeoutHours',
      '__proto__',
    ),
    fc.oneof(fc.string(), fc.integer({ min: -1e9, max: 1e9 }), fc.boolean(), fc.constant(null), fc.double()),
  ),
);

/** The highest journal id, to tell the lines a call added. */
function journalLength(): number {
  return (b.db.prepare('SELECT coalesce(max(id), 0) AS n FROM audit_log').get() as { n: number }).n;
}

describe('every method facing generated inputs', () => {
  it.each(Object.keys(contract))(
    '%s answers with a structured error, never an internal one',
    async (method) => {
      await fc.assert(
        fc.asyncProperty(hostile, async (input) => {
          // A fresh session each run, so a generated input that logs out does not blunt the next runs.
          const admin = createSession(b.db, 1, b.clock.now);
          const before = checksum(b.db);
          const journalBefore = journalLength();
          const { result } = await b.app.call(method, input, { sessionToken: admin });
          if (result.ok) return; // a generated input that happens to be valid
          expect(result.error.code).not.toBe('INTERNAL');
          expect(result.error.message.length).toBeGreaterThan(0);
          // A refused login is journaled on purpose (failed attempts lock a login): those journal
          // lines are the only writes a refusal may leave, and only for auth.login.
          if (method === 'auth.login') {
            b.db.prepare('DELETE FROM audit_log WHERE id > ?').run(journalBefore);
          }
          expect(checksum(b.db)).toBe(before);
        }),
        { numRuns: 30 },
      );
      expect(b.errors).toEqual([]);
    },
  );
});
