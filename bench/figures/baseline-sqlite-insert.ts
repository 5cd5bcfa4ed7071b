import Database from 'better-sqlite3';
import path from 'node:path';
import { sampled, stopwatch, type Figure } from '../lib/figure';

/**
 * The floor under any save: one row inserted by better-sqlite3 alone, in its own transaction,
 * with the app's pragmas (WAL, synchronous NORMAL). The mark save is reported as a ratio to it.
 */
export const figure: Figure = {
  name: 'Référence : insertion SQLite brute d’une ligne',
  unit: 'ms',
  goal: null,
  phase: 'baseline',
  async run({ scratch }) {
    const db = new Database(path.join(scratch, 'reference.sqlite'));
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec(
        'CREATE TABLE marks (id INTEGER PRIMARY KEY, learner_id INTEGER, evaluation_id INTEGER, value REAL)',
      );
      const insert = db.prepare('INSERT INTO marks (learner_id, evaluation_id, value) VALUES (?, ?, ?)');
      return await sampled((i) => stopwatch(() => insert.run(i % 30, i % 40, 12.5)), {
        warmup: 100,
        runs: 1000,
      });
    } finally {
      db.close();
    }
  },
};
