import Database from 'better-sqlite3';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../electron/backend/app';
import { listBackups } from '../../electron/backend/backups/copy';
import { openDataFile } from '../../electron/backend/backups/reopen';
import { migrations, LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations/index';
import { openDatabase } from '../../electron/backend/db/open';
import { ADMIN, tempDir } from '../helpers/backend';
import { buildChildren, Child, seeded, sleep, WarmPool, type Run } from '../helpers/crash-harness';
import { heavyMigration } from '../helpers/crash-migration';

/**
 * SIGKILL at random moments (seeded: CRASH_SEED=n reproduces a run) while the backend writes,
 * imports and migrates: after each kill the database opens through the app's own open(),
 * `PRAGMA integrity_check` says ok, and every write the registry acknowledged is there.
 */
const SEED = Number(process.env.CRASH_SEED ?? 20260302);
const random = seeded(SEED);
const between = (min: number, max: number) => Math.round(min + random() * (max - min));

let root: string;
let children: { writer: string; migrator: string };
let pool: WarmPool;

beforeAll(async () => {
  root = tempDir('carnet-crash-');
  children = await buildChildren(path.join(root, 'bundle'));
  pool = new WarmPool(children.writer, 3);
}, 60_000);
afterAll(() => {
  pool?.close();
  rmSync(root, { recursive: true, force: true });
});

/** A data folder with a migrated database and its administrator, as after the first start. */
async function dataDir(name: string): Promise<string> {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  const opened = await openDataFile(path.join(dir, 'carnet.sqlite'), path.join(dir, 'sauvegardes'));
  if (!opened.ok) throw new Error(opened.message);
  const setup = await createApp({ db: opened.db }).call('auth.setup', ADMIN);
  if (!setup.result.ok) throw new Error(JSON.stringify(setup.result));
  opened.db.close();
  return dir;
}

/** What must hold after every kill: the app opens the file, it is intact, and so are the backups. */
async function reopenIntact(dir: string): Promise<Database.Database> {
  const opened = await openDatabase(path.join(dir, 'carnet.sqlite'));
  if (!opened.ok) throw new Error(opened.message);
  expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  // A backup bearing one of our names is always whole: copies are renamed only once complete.
  for (const backup of listBackups(path.join(dir, 'sauvegardes'))) {
    const copy = new Database(path.join(dir, 'sauvegardes', backup.file), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true }), backup.file).toBe('ok');
    copy.close();
  }
  return opened.db;
}

function expectKilledOrDone(run: Run): void {
  // Killed, or finished on its own before the kill: anything else is a failure of the child.
  if (run.signal !== 'SIGKILL') expect(run.code, run.stderr).toBe(0);
}

describe('crash safety', () => {
  it('loses no acknowledged write over 50 kills during writes', async () => {
    const LANES = 3;
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, i) => dataDir(`writes-${i}`)));
    const acknowledged: number[][] = lanes.map(() => []);
    const plan = Array.from({ length: 50 }, (_, i) => ({
      lane: i % LANES,
      // Most kills fall among the writes; one in five anywhere from the start (open, start backup).
      afterStart: random() < 0.8,
      delay: between(0, 400),
    }));
    let killedWhileWriting = 0;
    await Promise.all(
      lanes.map(async (dir, lane) => {
        for (const trial of plan.filter((t) => t.lane === lane)) {
          const child = await pool.take();
          child.send({ mode: 'write', dir });
          if (trial.afterStart) await child.printed('started');
          await sleep(trial.delay);
          child.kill();
          const run = await child.exited;
          expectKilledOrDone(run);
          const acks = run.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)));
          if (acks.length > 0) killedWhileWriting++;
          acknowledged[lane]!.push(...acks);

          const db = await reopenIntact(dir);
          const ids = acknowledged[lane]!;
          const present = db.prepare(
            'SELECT count(*) AS n FROM learners WHERE id IN (SELECT value FROM json_each(?))',
          );
          expect((present.get(JSON.stringify(ids)) as { n: number }).n, `lane ${lane}, seed ${SEED}`).toBe(
            ids.length,
          );
          db.close();
        }
      }),
    );
    const total = acknowledged.flat().length;
    console.log(
      `[crash] seed ${SEED}: 50 kills, ${killedWhileWriting} during writes, ${total} acknowledged writes, all present`,
    );
    expect(killedWhileWriting).toBeGreaterThanOrEqual(25);
  }, 120_000);

  it('imports all rows or none when killed during a large import', async () => {
    const ROWS = 3000;
    const csv = path.join(root, 'apprenants.csv');
    const letters = (n: number) =>
      String.fromCharCode(97 + (n % 26), 97 + (Math.floor(n / 26) % 26), 97 + (Math.floor(n / 676) % 26));
    writeFileSync(
      csv,
      ['Nom;Prénom;Date de naissance;E-mail;Voie d’accès']
        .concat(
          Array.from(
            { length: ROWS },
            (_, i) => `Lefèvre-${letters(i)};Élodie;01/02/2003;eleve${i}@example.fr;VAE`,
          ),
        )
        .join('\n'),
    );
    const template = await dataDir('import-template');
    const outcomes: number[] = [];
    let window = 0;
    for (let trial = 0; trial < 6; trial++) {
      const dir = path.join(root, `import-${trial}`);
      cpSync(template, dir, { recursive: true });
      const child = await pool.take();
      child.send({ mode: 'import', dir, csv });
      await child.printed('importing');
      const started = performance.now();
      // The first run goes to its end and measures how long an import takes; the others are cut
      // anywhere in that time or a little after (the commit is at the very end).
      if (trial === 0) await child.printed(`imported ${ROWS}`);
      else await sleep(between(0, window * 1.3));
      if (trial === 0) window = performance.now() - started;
      child.kill();
      const run = await child.exited;
      expectKilledOrDone(run);
      const db = await reopenIntact(dir);
      const learners = (db.prepare('SELECT count(*) AS n FROM learners').get() as { n: number }).n;
      const journal = (
        db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'imports.run'").get() as { n: number }
      ).n;
      db.close();
      expect([0, ROWS]).toContain(learners);
      expect(journal).toBe(learners === ROWS ? 1 : 0);
      if (run.lines.includes(`imported ${ROWS}`)) expect(learners).toBe(ROWS);
      outcomes.push(learners);
    }
    console.log(
      `[crash] import of ${ROWS} rows takes ${Math.round(window)} ms; after each kill: ${outcomes.join(', ')}`,
    );
  }, 120_000);

  it('leaves a database fully migrated or untouched when killed during a migration', async () => {
    // A database at schema N−1 with records, as an older Carnet left it.
    const template = path.join(root, 'migration-template.sqlite');
    const old = await openDatabase(template, { migrations: migrations.slice(0, -1) });
    if (!old.ok) throw new Error(old.message);
    const insert = old.db.prepare(
      "INSERT INTO learners (surname, first_name, access_route, created_at, updated_at) VALUES (?, 'Zoé', 'vae', '2026-01-01', '2026-01-01')",
    );
    old.db.transaction(() => Array.from({ length: 500 }, (_, i) => insert.run(`Ancien-${i}`)))();
    old.db.pragma('journal_mode = DELETE');
    old.db.close();
    const tablesOf = (db: Database.Database) =>
      new Set(
        // Tables and indexes: the last migration may add only an index.
        (
          db
            .prepare(
              "SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'",
            )
            .all() as { name: string }[]
        ).map((r) => r.name),
      );
    const templateDb = new Database(template, { readonly: true });
    const before = tablesOf(templateDb);
    templateDb.close();
    const reference = await openDatabase(path.join(root, 'reference.sqlite'));
    if (!reference.ok) throw new Error(reference.message);
    const added = [...tablesOf(reference.db)].filter((t) => !before.has(t));
    reference.db.close();
    expect(added.length).toBeGreaterThan(0);

    const seen = new Set<string>();
    for (const heavy of [false, true]) {
      const target = heavy ? heavyMigration.version : LATEST_SCHEMA_VERSION;
      let window = 0;
      for (let trial = 0; trial < 5; trial++) {
        const dir = path.join(root, `migrate-${heavy ? 'heavy' : 'real'}-${trial}`);
        mkdirSync(dir);
        const file = path.join(dir, 'carnet.sqlite');
        cpSync(template, file);
        const child = new Child(children.migrator, [file, heavy ? 'heavy' : 'real']);
        await child.printed('migrating');
        const started = performance.now();
        if (trial === 0) await child.printed('migrated');
        else await sleep(between(0, window));
        if (trial === 0) window = performance.now() - started;
        child.kill();
        expectKilledOrDone(await child.exited);

        // Opened read-write only so that SQLite may recover the killed process's WAL; nothing is written.
        const probe = new Database(file);
        const version = probe.pragma('user_version', { simple: true }) as number;
        const tables = tablesOf(probe);
        probe.close();
        // All pending migrations run in one transaction: never half-way, never one of two.
        expect([LATEST_SCHEMA_VERSION - 1, target]).toContain(version);
        const migrated = version === target;
        for (const table of added) expect(tables.has(table), `${table} at schema ${version}`).toBe(migrated);
        if (heavy) expect(tables.has('crash_heavy')).toBe(migrated);
        seen.add(`${heavy ? 'heavy' : 'real'}:${migrated ? 'migrated' : 'untouched'}`);

        const opened = await openDatabase(file, {
          migrations: heavy ? [...migrations, heavyMigration] : migrations,
        });
        if (!opened.ok) throw new Error(opened.message);
        expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(opened.db.pragma('user_version', { simple: true })).toBe(target);
        expect((opened.db.prepare('SELECT count(*) AS n FROM learners').get() as { n: number }).n).toBe(500);
        if (heavy)
          expect((opened.db.prepare('SELECT count(*) AS n FROM crash_heavy').get() as { n: number }).n).toBe(
            400_000,
          );
        opened.db.close();
      }
      console.log(`[crash] ${heavy ? 'slow test' : 'real'} migration takes ${Math.round(window)} ms`);
    }
    console.log(`[crash] migration outcomes: ${[...seen].sort().join(', ')}`);
    expect(seen.has('heavy:untouched')).toBe(true);
  }, 120_000);
});
