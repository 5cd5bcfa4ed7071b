import type { AppreciationHistoryEntry } from '../../../../shared/api/appreciations';
import type { LastChange } from '../../../../shared/i18n/fr/concurrency';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** Appreciations and their history. A null subject is the team's general appreciation. */

export interface StoredAppreciation {
  learnerId: number;
  text: string;
  updatedBy: string | null;
  updatedAt: string;
}

const COLUMNS = `a.learner_id AS learnerId, a.text, u.display_name AS updatedBy, a.updated_at AS updatedAt`;

export function findAppreciation(
  db: Db,
  learnerId: number,
  periodId: number,
  subjectId: number | null,
): StoredAppreciation | null {
  const row = stmt(
    db,
    `SELECT ${COLUMNS} FROM appreciations a LEFT JOIN users u ON u.id = a.updated_by
       WHERE a.learner_id = ? AND a.period_id = ? AND a.subject_id IS ?`,
  ).get(learnerId, periodId, subjectId) as StoredAppreciation | undefined;
  return row ?? null;
}

/** The appreciations of a period for some learners, one query. */
export function appreciationsOf(
  db: Db,
  learnerIds: readonly number[],
  periodId: number,
  subjectId: number | null,
): Map<number, StoredAppreciation> {
  const rows = stmt(
    db,
    `SELECT ${COLUMNS} FROM appreciations a LEFT JOIN users u ON u.id = a.updated_by
       WHERE a.period_id = ? AND a.subject_id IS ? AND a.learner_id IN (SELECT value FROM json_each(?))`,
  ).all(periodId, subjectId, JSON.stringify(learnerIds)) as StoredAppreciation[];
  return new Map(rows.map((r) => [r.learnerId, r]));
}

export interface AppreciationKey {
  learnerId: number;
  periodId: number;
  subjectId: number | null;
}

export function upsertAppreciation(
  db: Db,
  key: AppreciationKey,
  text: string,
  userId: number,
  at: string,
): void {
  const updated = stmt(
    db,
    `UPDATE appreciations SET text = ?, updated_by = ?, updated_at = ?
       WHERE learner_id = ? AND period_id = ? AND subject_id IS ?`,
  ).run(text, userId, at, key.learnerId, key.periodId, key.subjectId);
  if (updated.changes > 0) return;
  stmt(
    db,
    `INSERT INTO appreciations (learner_id, period_id, subject_id, text, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(key.learnerId, key.periodId, key.subjectId, text, userId, at);
}

/**
 * The latest version token the appreciation ever had, deleted or not: the next one must pass it
 * (shared/api/versions.ts), so a token read before never comes back.
 */
export function appreciationVersionFloor(db: Db, key: AppreciationKey): string | null {
  const row = stmt(
    db,
    `SELECT max(v) AS v FROM (
       SELECT updated_at AS v FROM appreciations WHERE learner_id = @learnerId AND period_id = @periodId AND subject_id IS @subjectId
       UNION ALL SELECT max(changed_at) FROM appreciation_history
         WHERE learner_id = @learnerId AND period_id = @periodId AND subject_id IS @subjectId)`,
  ).get(key) as { v: string | null };
  return row.v;
}

/** Who changed the appreciation last and when: its newest history line, else its row. */
export function lastAppreciationChange(db: Db, key: AppreciationKey): LastChange | null {
  const row = stmt(
    db,
    `SELECT at, by FROM (
       SELECT h.changed_at AS at, u.display_name AS by, 1 AS rank, h.id FROM appreciation_history h
         LEFT JOIN users u ON u.id = h.changed_by
         WHERE h.learner_id = @learnerId AND h.period_id = @periodId AND h.subject_id IS @subjectId
       UNION ALL
       SELECT a.updated_at, u.display_name, 0, 0 FROM appreciations a LEFT JOIN users u ON u.id = a.updated_by
         WHERE a.learner_id = @learnerId AND a.period_id = @periodId AND a.subject_id IS @subjectId)
     ORDER BY rank DESC, id DESC LIMIT 1`,
  ).get(key) as LastChange | undefined;
  return row ?? null;
}

export function deleteAppreciation(db: Db, key: AppreciationKey): void {
  stmt(db, 'DELETE FROM appreciations WHERE learner_id = ? AND period_id = ? AND subject_id IS ?').run(
    key.learnerId,
    key.periodId,
    key.subjectId,
  );
}

export function insertHistory(
  db: Db,
  key: AppreciationKey,
  change: { oldText: string; newText: string; source: 'screen' | 'import'; userId: number; at: string },
): void {
  stmt(
    db,
    `INSERT INTO appreciation_history (learner_id, period_id, subject_id, old_text, new_text, source, changed_by, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    key.learnerId,
    key.periodId,
    key.subjectId,
    change.oldText,
    change.newText,
    change.source,
    change.userId,
    change.at,
  );
}

export function historyOf(db: Db, learnerId: number, periodId: number): AppreciationHistoryEntry[] {
  return stmt(
    db,
    `SELECT h.id, h.subject_id AS subjectId, s.name AS subjectName, h.old_text AS oldText,
              h.new_text AS newText, h.source, u.display_name AS changedBy, h.changed_at AS changedAt
       FROM appreciation_history h
       JOIN users u ON u.id = h.changed_by
       LEFT JOIN programme_subjects s ON s.id = h.subject_id
       WHERE h.learner_id = ? AND h.period_id = ?
       ORDER BY h.changed_at DESC, h.id DESC`,
  ).all(learnerId, periodId) as AppreciationHistoryEntry[];
}

export function findSubject(
  db: Db,
  subjectId: number,
): { id: number; name: string; programmeId: number } | null {
  const row = stmt(
    db,
    'SELECT id, name, programme_id AS programmeId FROM programme_subjects WHERE id = ?',
  ).get(subjectId) as { id: number; name: string; programmeId: number } | undefined;
  return row ?? null;
}
