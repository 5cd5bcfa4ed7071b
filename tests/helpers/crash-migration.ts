import type { Migration } from '../../electron/backend/db/migration';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations/index';

/** A test-only migration, slow on purpose (a few hundred thousand rows), after the real ones. */
export const heavyMigration: Migration = {
  version: LATEST_SCHEMA_VERSION + 1,
  name: 'test: slow migration for the crash test',
  up(db) {
    db.exec(`
      CREATE TABLE crash_heavy (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000)
      INSERT INTO crash_heavy (id, label) SELECT i, printf('ligne %d', i) FROM n;
      CREATE INDEX crash_heavy_label ON crash_heavy (label);
    `);
  },
};
