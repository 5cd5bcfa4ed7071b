import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** What report cards read beside the averages, appreciations and attendance: one query each. */

/** The learners' birth dates (ISO, or null when unknown), by id. */
export function birthDates(db: Db, learnerIds: readonly number[]): Map<number, string | null> {
  const rows = stmt(
    db,
    'SELECT id, birth_date AS birthDate FROM learners WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(learnerIds)) as { id: number; birthDate: string | null }[];
  return new Map(rows.map((r) => [r.id, r.birthDate]));
}

/** The title of the programme a cohort follows ("BTS Négociation et digitalisation…"). */
export function programmeTitle(db: Db, programmeId: number): string {
  const row = stmt(db, 'SELECT title FROM programmes WHERE id = ?').get(programmeId) as
    { title: string } | undefined;
  return row?.title ?? '';
}
