import type { LastChange } from '../../../../shared/i18n/fr/concurrency';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** The version tokens of mark-sheet cells (shared/api/versions.ts): SQL only. */

/** The cell's token: its row's updated_at, null when the cell is empty (no row). */
export function cellVersion(db: Db, evaluationId: number, learnerId: number): string | null {
  const row = stmt(db, 'SELECT updated_at AS v FROM marks WHERE evaluation_id = ? AND learner_id = ?').get(
    evaluationId,
    learnerId,
  ) as { v: string } | undefined;
  return row?.v ?? null;
}

/**
 * The latest token the cell ever had, emptied or not: the next one must pass it, so a cell
 * emptied and filled again within one millisecond never gets back a token someone read before.
 */
export function cellVersionFloor(db: Db, evaluationId: number, learnerId: number): string | null {
  const row = stmt(
    db,
    `SELECT max(v) AS v FROM (
       SELECT updated_at AS v FROM marks WHERE evaluation_id = @e AND learner_id = @l
       UNION ALL SELECT max(changed_at) FROM mark_history WHERE evaluation_id = @e AND learner_id = @l)`,
  ).get({ e: evaluationId, l: learnerId }) as { v: string | null };
  return row.v;
}

/** Who changed the cell last and when: its newest history line, else its row. */
export function lastCellChange(db: Db, evaluationId: number, learnerId: number): LastChange | null {
  const row = stmt(
    db,
    `SELECT at, by FROM (
       SELECT h.changed_at AS at, u.display_name AS by, 1 AS rank, h.id FROM mark_history h
         LEFT JOIN users u ON u.id = h.changed_by WHERE h.evaluation_id = @e AND h.learner_id = @l
       UNION ALL
       SELECT m.updated_at, u.display_name, 0, 0 FROM marks m
         LEFT JOIN users u ON u.id = m.updated_by WHERE m.evaluation_id = @e AND m.learner_id = @l)
     ORDER BY rank DESC, id DESC LIMIT 1`,
  ).get({ e: evaluationId, l: learnerId }) as LastChange | undefined;
  return row ?? null;
}
