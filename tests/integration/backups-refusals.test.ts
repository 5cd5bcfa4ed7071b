import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations/index';
import { copyFileSync, openSync, readdirSync, readFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/api/backups';
import { checksum, setupAdmin } from '../helpers/backend';
import { backupBackend, type BackupBackend } from '../helpers/backups';
import { learner, upload } from './learners-setup';

let b: BackupBackend;
let admin: string;
let backup: Backup;
const as = (token: string) => ({ sessionToken: token });

beforeEach(async () => {
  b = await backupBackend();
  admin = await setupAdmin(b.app);
  await b.app.call('learners.create', learner({ surname: 'Présente' }), as(admin));
  const made = await b.app.call('backups.create', {}, as(admin));
  if (!made.result.ok) throw new Error(JSON.stringify(made.result));
  backup = made.result.value as Backup;
});
afterEach(() => b.close());

/** A file made from the good backup, changed by `change`, offered as an upload. */
function variant(name: string, change: (file: string) => void) {
  const file = path.join(b.dir, name);
  copyFileSync(path.join(b.folder, backup.file), file);
  change(file);
  return { upload: upload(name, readFileSync(file)) };
}

function sqlite(file: string, work: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    work(db);
  } finally {
    db.close();
  }
}

/** Calls restore and checks the refusal: French message, live base, session and folder untouched. */
async function refused(input: unknown, code: string, message: RegExp) {
  const before = checksum(b.db);
  const folderBefore = readdirSync(b.folder).sort();
  const { result } = await b.app.call('backups.restore', input, as(admin));
  expect(result).toMatchObject({ ok: false, error: { code } });
  if (!result.ok) expect(result.error.message).toMatch(message);
  expect(checksum(b.db)).toBe(before);
  expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
  // No pre-restore copy was needed, and no checked copy is left beside the live file.
  expect(readdirSync(b.folder).sort()).toEqual(folderBefore);
  expect(readdirSync(b.dir).filter((n) => n.includes('.restauration'))).toEqual([]);
  // The session still works: nothing was swapped.
  const still = await b.app.call('learners.list', {}, as(admin));
  expect(still.result.ok).toBe(true);
  expect(b.errors).toEqual([]);
}

describe('a restore refused before anything is replaced', () => {
  it('refuses a corrupt backup (integrity check) and says the live base is unchanged', async () => {
    const corrupt = variant('corrompue.sqlite', (file) => {
      // Garbage over the second half of the file: table pages, not the header.
      const size = readFileSync(file).length;
      const fd = openSync(file, 'r+');
      writeSync(fd, Buffer.alloc(size / 2, 0xa5), 0, size / 2, size / 2);
      closeSync(fd);
    });
    await refused(
      corrupt,
      'INVALID_INPUT',
      /« corrompue\.sqlite » est endommagé .*La base actuelle n’a pas été modifiée\./,
    );
  });

  it('refuses a file that is not SQLite at all', async () => {
    await refused(
      { upload: upload('notes.sqlite', Buffer.from('Nom;Prénom\nDurand;Marie\n'.repeat(100))) },
      'INVALID_INPUT',
      /n’est pas une base SQLite .*n’a pas été modifiée/,
    );
  });

  it('refuses a SQLite file of another application', async () => {
    const foreign = path.join(b.dir, 'autre.sqlite');
    sqlite(foreign, (db) =>
      db.exec(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('x')",
      ),
    );
    await refused(
      { upload: upload('autre.sqlite', readFileSync(foreign)) },
      'INVALID_INPUT',
      /pas une base de Carnet/,
    );
  });

  it('refuses a backup from a newer Carnet (schema check)', async () => {
    const newer = variant('future.sqlite', (file) => sqlite(file, (db) => db.pragma('user_version = 99')));
    await refused(
      newer,
      'INVALID_INPUT',
      new RegExp(
        `version plus récente de Carnet \\(schéma 99 ; cette version connaît le schéma ${LATEST_SCHEMA_VERSION}\\)`,
      ),
    );
  });

  it('refuses a name that is not in the list, and any path', async () => {
    await refused(
      { file: 'carnet-manuelle-2020-01-01T00-00-00-000Z.sqlite' },
      'NOT_FOUND',
      /n’est pas une sauvegarde de la liste/,
    );
    await refused({ file: '../carnet.sqlite' }, 'INVALID_INPUT', /Nom de sauvegarde inconnu/);
    await refused({ file: 'carnet.sqlite' }, 'INVALID_INPUT', /Nom de sauvegarde inconnu/);
    await refused({}, 'INVALID_INPUT', /./);
  });

  it('leaves the chosen backup itself unchanged', async () => {
    const bytes = readFileSync(path.join(b.folder, backup.file));
    const { result } = await b.app.call('backups.restore', { file: backup.file }, as(admin));
    expect(result.ok).toBe(true);
    expect(readFileSync(path.join(b.folder, backup.file)).equals(bytes)).toBe(true);
  });
});
