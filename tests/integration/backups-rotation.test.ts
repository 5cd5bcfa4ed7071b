import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupList } from '../../shared/api/backups';
import { addDays } from '../../shared/domain/calendar/dates';
import { checksum, setupAdmin, tempDir } from '../helpers/backend';
import { backupBackend, type BackupBackend } from '../helpers/backups';
import { count, upload } from './learners-setup';

let b: BackupBackend;
let admin: string;
const as = (token: string) => ({ sessionToken: token });

beforeEach(async () => {
  b = await backupBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b.close());

const stampOf = (day: string, hour = 12) => `${day}T${String(hour).padStart(2, '0')}-00-00-000Z`;

async function settings(changes: unknown) {
  return (await b.app.call('settings.update', changes, as(admin))).result;
}

describe('rotation', () => {
  it('keeps exactly the newest copy of the last N days and M weeks, and never touches other files', async () => {
    expect(await settings({ backups: { folder: null, keepDaily: 3, keepWeekly: 2 } })).toMatchObject({
      ok: true,
    });
    mkdirSync(b.folder, { recursive: true });
    // Automatic copies every day from Monday 2 February to Saturday 28 February 2026, two a day.
    for (let d = 0; d < 27; d++) {
      const day = addDays('2026-02-02', d);
      writeFileSync(path.join(b.folder, `carnet-demarrage-${stampOf(day, 7)}.sqlite`), 'x');
      writeFileSync(path.join(b.folder, `carnet-avant-import-${stampOf(day, 15)}.sqlite`), 'x');
    }
    // What rotation must leave alone: kept by choice, or not ours.
    const untouchable = [
      `carnet-manuelle-${stampOf('2026-01-05')}.sqlite`,
      `carnet-schema4-avant-migration-${stampOf('2026-01-06')}.sqlite`,
      `carnet-avant-restauration-${stampOf('2026-01-07')}.sqlite`,
      'carnet-quotidienne-ancienne.sqlite',
      'notes de la direction.docx',
      'carnet.sqlite',
    ];
    for (const name of untouchable) writeFileSync(path.join(b.folder, name), 'x');

    b.clock.now = new Date('2026-03-01T12:00:00Z');
    const daily = await b.app.backups!.automatic('daily');
    expect(daily?.file).toBe(`carnet-quotidienne-${stampOf('2026-03-01')}.sqlite`);

    expect(readdirSync(b.folder).sort()).toEqual(
      [
        ...untouchable,
        // The 3 most recent days: 1 March (the new daily), 28 and 27 February (their 15 h copy).
        daily!.file,
        `carnet-avant-import-${stampOf('2026-02-28', 15)}.sqlite`,
        `carnet-avant-import-${stampOf('2026-02-27', 15)}.sqlite`,
        // Then one per older ISO week: week 9 (23–26 Feb, its Thursday 26th) and week 8 (Sunday 22nd).
        `carnet-avant-import-${stampOf('2026-02-26', 15)}.sqlite`,
        `carnet-avant-import-${stampOf('2026-02-22', 15)}.sqlite`,
      ].sort(),
    );
  });

  it('makes the daily copy once a day while running, counting the copy made at start', async () => {
    const start = await b.app.backups!.automatic('start');
    expect(start?.kind).toBe('start');
    b.clock.now = new Date('2026-03-03T08:00:00Z'); // 23 h 45 later
    expect(await b.app.backups!.dailyIfDue()).toBeNull();
    b.clock.now = new Date('2026-03-03T08:15:00Z');
    expect((await b.app.backups!.dailyIfDue())?.kind).toBe('daily');
    b.clock.now = new Date('2026-03-03T20:00:00Z');
    expect(await b.app.backups!.dailyIfDue()).toBeNull();
  });
});

describe('backup folder', () => {
  it('accepts an existing folder Carnet can write to, and writes there from then on', async () => {
    const share = tempDir('carnet-partage-');
    expect(await settings({ backups: { folder: share, keepDaily: 7, keepWeekly: 4 } })).toMatchObject({
      ok: true,
      value: { backups: { folder: share } },
    });
    const made = await b.app.call('backups.create', {}, as(admin));
    expect(made.result.ok).toBe(true);
    expect(readdirSync(share)).toHaveLength(1);
    const list = (await b.app.call('backups.list', {}, as(admin))).result;
    expect(list).toMatchObject({ ok: true, value: { folder: share } });
    expect((list as { value: BackupList }).value.items).toHaveLength(1);
    rmSync(share, { recursive: true, force: true });
  });

  it('refuses a missing folder, a relative path or a file, at the field, writing nothing', async () => {
    const file = path.join(b.dir, 'pas-un-dossier.txt');
    writeFileSync(file, 'x');
    const cases: [string, RegExp][] = [
      [path.join(b.dir, 'nulle-part'), /n’existe pas/],
      ['sauvegardes', /chemin complet/],
      [file, /n’existe pas/],
    ];
    for (const [folder, message] of cases) {
      const before = checksum(b.db);
      const result = await settings({ backups: { folder, keepDaily: 7, keepWeekly: 4 } });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!result.ok) expect(result.error.fields?.['backups.folder']).toMatch(message);
      expect(checksum(b.db)).toBe(before);
    }
  });

  it('reports an automatic copy that failed (the share went away) on the list, until one succeeds', async () => {
    const share = tempDir('carnet-partage-');
    await settings({ backups: { folder: share, keepDaily: 7, keepWeekly: 4 } });
    rmSync(share, { recursive: true, force: true });
    expect(await b.app.backups!.automatic('daily')).toBeNull();
    const list = (await b.app.call('backups.list', {}, as(admin))).result as { ok: true; value: BackupList };
    expect(list.value.folderProblem).toMatch(/^Le dossier « .* » n’existe pas/);
    expect(list.value.lastFailure?.message).toMatch(/n’existe pas/);
    mkdirSync(share);
    expect(await b.app.backups!.automatic('daily')).not.toBeNull();
    const after = (await b.app.call('backups.list', {}, as(admin))).result as { ok: true; value: BackupList };
    expect(after.value.lastFailure).toBeNull();
    expect(b.errors).toHaveLength(1);
    rmSync(share, { recursive: true, force: true });
  });
});

describe('before every import', () => {
  const csv = () =>
    upload('apprenants.csv', readFileSync(path.join(__dirname, '../fixtures/learners-utf8.csv')));
  const mapping = {
    surname: 0,
    firstName: 1,
    birthDate: 2,
    email: 3,
    phone: 4,
    accessRoute: 5,
    funding: 6,
    employerName: 7,
    employerSiret: 8,
  };

  it('copies the database first: the copy holds the data as it was before the import', async () => {
    const { result } = await b.app.call(
      'imports.run',
      { kind: 'learners', file: csv(), mapping, onlyValid: true },
      as(admin),
    );
    expect(result).toMatchObject({ ok: true });
    expect(count(b.db, 'learners')).toBeGreaterThan(0);
    const copies = readdirSync(b.folder);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(/^carnet-avant-import-.*\.sqlite$/);
    const { default: Database } = await import('better-sqlite3');
    const copy = new Database(path.join(b.folder, copies[0]!), { readonly: true });
    expect(count(copy, 'learners')).toBe(0);
    copy.close();
  });

  it('imports nothing when the copy cannot be written, and says why', async () => {
    const share = tempDir('carnet-partage-');
    await settings({ backups: { folder: share, keepDaily: 7, keepWeekly: 4 } });
    rmSync(share, { recursive: true, force: true });
    const before = checksum(b.db);
    const { result } = await b.app.call(
      'imports.run',
      { kind: 'learners', file: csv(), mapping, onlyValid: true },
      as(admin),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    if (!result.ok)
      expect(result.error.message).toMatch(
        /^L’import n’a pas été fait : la copie de sauvegarde qui le précède a échoué\./,
      );
    expect(checksum(b.db)).toBe(before);
  });
});
