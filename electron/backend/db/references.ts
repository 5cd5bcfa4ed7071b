import type { Db } from './open';

export interface BlockingReference {
  table: string;
  count: number;
}

interface ForeignKey {
  table: string;
  from: string;
  on_delete: string;
}

/**
 * Rows of other tables that would stop `id` of `table` from being deleted: every foreign key to
 * it whose ON DELETE neither cascades nor nulls. Found from the schema itself, so records added by
 * later migrations (sessions, marks, attendance) protect what they point to without new code here.
 */
export function blockingReferences(db: Db, table: string, id: number): BlockingReference[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const found: BlockingReference[] = [];
  for (const { name } of tables) {
    const keys = (db.pragma(`foreign_key_list("${name}")`) as ForeignKey[]).filter(
      (k) => k.table === table && k.on_delete !== 'CASCADE' && k.on_delete !== 'SET NULL',
    );
    for (const key of keys) {
      const { n } = db.prepare(`SELECT count(*) AS n FROM "${name}" WHERE "${key.from}" = ?`).get(id) as {
        n: number;
      };
      if (n > 0) found.push({ table: name, count: n });
    }
  }
  return found;
}
