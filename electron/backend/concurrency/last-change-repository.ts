import type { LastChange } from '../../../shared/i18n/fr/concurrency';
import type { Db } from '../db/open';

/** Who wrote last on a record (its audit target, e.g. "session:12") and when. */
export function lastChange(db: Db, target: string): LastChange | null {
  const row = db
    .prepare(
      `SELECT a.at, u.display_name AS by FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
       WHERE a.target = ? ORDER BY a.id DESC LIMIT 1`,
    )
    .get(target) as { at: string; by: string | null } | undefined;
  return row ? { at: row.at, by: row.by } : null;
}
