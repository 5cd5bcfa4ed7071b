import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/audit';
import type { FileDownload } from '../../shared/api/fields';
import { audit } from '../../electron/backend/audit';
import { createSession } from '../../electron/backend/features/auth/sessions';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { learner } from './learners-setup';

let b: TestBackend;
let admin: string;
let trainer: string;
const as = (token: string) => ({ sessionToken: token });
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

beforeEach(async () => {
  b = await freshBackend();
  b.clock.now = noon('2026-03-02');
  admin = await setupAdmin(b.app); // auth.setup
  trainer = await userWithRole(b.app, admin, 'trainer'); // users.create, auth.login, auth.changePassword
  b.clock.now = noon('2026-03-03');
  await b.app.call(
    'auth.login',
    { login: 'trainer.test', password: 'faux-mot-de-passe' },
    { address: '10.1.1.1' },
  );
  admin = fresh(1);
  await b.app.call('learners.create', learner({ surname: 'Durand' }), as(admin));
  b.clock.now = noon('2026-03-04');
  admin = fresh(1);
  trainer = fresh(2);
  await b.app.call('settings.update', { sessionTimeoutHours: 10 }, as(admin));
});

/** A session opened without a login (which would be journaled): the days of the journal go by. */
const fresh = (userId: number) => createSession(b.db, userId, b.clock.now);
afterEach(() => b.close());

async function list(input: Record<string, unknown>, token = admin) {
  const { result } = await b.app.call('audit.list', input, as(token));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as { total: number; rows: AuditEntry[] };
}
const actions = (rows: AuditEntry[]) => rows.map((r) => r.action);

describe('audit.list', () => {
  it('shows who did what and when, newest first', async () => {
    const all = await list({});
    expect(actions(all.rows)).toEqual([
      'settings.update',
      'learners.create',
      'auth.loginFailed',
      'auth.changePassword',
      'auth.login',
      'users.create',
      'auth.setup',
    ]);
    expect(all.total).toBe(7);
    expect(all.rows[0]).toMatchObject({
      userId: 1,
      userName: 'Anne Administratrice',
      at: '2026-03-04T12:00:00.000Z',
    });
    expect(all.rows[2]).toMatchObject({
      userId: 2,
      userName: 'Compte trainer',
      target: 'login:trainer.test',
    });
    expect(JSON.parse(all.rows[2]!.details!)).toEqual({ address: '10.1.1.1', reason: 'password' });
  });

  it('filters by user, by action or area, by period and by text (French action names included)', async () => {
    expect(actions((await list({ userId: 2 })).rows)).toEqual([
      'auth.loginFailed',
      'auth.changePassword',
      'auth.login',
    ]);
    expect(actions((await list({ action: 'auth' })).rows)).toEqual([
      'auth.loginFailed',
      'auth.changePassword',
      'auth.login',
      'auth.setup',
    ]);
    expect(actions((await list({ action: 'auth.loginFailed' })).rows)).toEqual(['auth.loginFailed']);
    expect(actions((await list({ from: '2026-03-03', to: '2026-03-03' })).rows)).toEqual([
      'learners.create',
      'auth.loginFailed',
    ]);
    expect((await list({ from: '2026-03-04' })).total).toBe(1);
    expect(actions((await list({ text: 'échec' })).rows)).toEqual(['auth.loginFailed']);
    expect(actions((await list({ text: 'ADMINISTRATRICE', action: 'users' })).rows)).toEqual([
      'users.create',
    ]);
    expect(actions((await list({ text: 'sessionTimeout' })).rows)).toEqual(['settings.update']);
    // Wildcards are text: "%" finds only entries that contain one.
    expect((await list({ text: '%' })).total).toBe(0);
  });

  it('pages a long journal, with the total of the filter', async () => {
    const insert = b.db.transaction(() => {
      for (let i = 0; i < 120; i++) {
        audit(b.db, {
          at: new Date(Date.UTC(2026, 2, 5, 8, 0, i)),
          userId: 1,
          action: 'learners.update',
          target: `learner:${i}`,
        });
      }
    });
    insert();
    const first = await list({ action: 'learners.update', pageSize: 50 });
    const third = await list({ action: 'learners.update', pageSize: 50, page: 2 });
    expect(first.total).toBe(120);
    expect(first.rows[0]!.target).toBe('learner:119');
    expect(third.rows.map((r) => r.target)).toEqual(
      Array.from({ length: 20 }, (_, i) => `learner:${19 - i}`),
    );
  });

  it('is for administrators only, and refuses a period that ends before it starts', async () => {
    const { result } = await b.app.call('audit.list', {}, as(trainer));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const reversed = await b.app.call('audit.list', { from: '2026-03-04', to: '2026-03-03' }, as(admin));
    expect(reversed.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { to: 'La date de fin précède la date de début.' } },
    });
    const bad = await b.app.call('audit.list', { action: "auth'; DROP TABLE audit_log; --" }, as(admin));
    expect(bad.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('audit.exportXlsx', () => {
  async function exported(input: Record<string, unknown>) {
    const { result } = await b.app.call('audit.exportXlsx', input, as(admin));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const file = result.value as FileDownload;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { file, rows };
  }

  it('writes the filtered journal with French action names, and records the export itself', async () => {
    const { file, rows } = await exported({ action: 'auth' });
    expect(file.fileName).toBe('journal-carnet-2026-03-04.xlsx');
    expect(rows[0]).toEqual(['Journal de Carnet — Connexions']);
    expect(rows[1]).toEqual([
      'Date',
      'Heure',
      'Personne',
      'Identifiant',
      'Action',
      'Code',
      'Objet',
      'Détails',
    ]);
    expect(rows).toHaveLength(2 + 4);
    expect(rows[2]!.slice(2, 7)).toEqual([
      'Compte trainer',
      'trainer.test',
      'Échec de connexion',
      'auth.loginFailed',
      'login:trainer.test',
    ]);
    expect(rows[2]![0]).toBeInstanceOf(Date);
    const last = (await list({ action: 'audit.exportXlsx' })).rows[0];
    expect(JSON.parse(last!.details!)).toEqual({ action: 'auth', entries: 4 });
  });

  it('refuses more than 100 000 entries, asking for a narrower filter, and writes nothing', async () => {
    const insert = b.db.prepare(
      "INSERT INTO audit_log (at, user_id, action) VALUES ('2026-03-05T08:00:00.000Z', 1, 'learners.update')",
    );
    b.db.transaction(() => {
      for (let i = 0; i < 100_001; i++) insert.run();
    })();
    const before = checksum(b.db);
    const { result } = await b.app.call('audit.exportXlsx', { action: 'learners.update' }, as(admin));
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    if (!result.ok)
      expect(result.error.message).toMatch(
        /^100\u202f001 entrées correspondent : l’export est limité à 100\u202f000\. Réduisez la période/,
      );
    expect(checksum(b.db)).toBe(before);
  });
});
