import type { Place } from '../../../../shared/domain/planning/types';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** The learner's own plan: days that differ from their group's rhythm, internship periods. */

export interface DayOverride {
  date: string;
  place: Place;
}

export interface StoredInternship {
  start: string;
  end: string;
  note: string | null;
}

export function learnerOverrides(db: Db, learnerId: number): DayOverride[] {
  return stmt(db, 'SELECT date, place FROM learner_days WHERE learner_id = ? ORDER BY date').all(
    learnerId,
  ) as DayOverride[];
}

export function setLearnerDay(db: Db, learnerId: number, date: string, place: Place): void {
  stmt(
    db,
    `INSERT INTO learner_days (learner_id, date, place) VALUES (?, ?, ?)
     ON CONFLICT (learner_id, date) DO UPDATE SET place = excluded.place`,
  ).run(learnerId, date, place);
}

export function clearLearnerDay(db: Db, learnerId: number, date: string): void {
  stmt(db, 'DELETE FROM learner_days WHERE learner_id = ? AND date = ?').run(learnerId, date);
}

export function internshipPeriods(db: Db, learnerId: number): StoredInternship[] {
  return stmt(
    db,
    `SELECT start_date AS start, end_date AS "end", note FROM internship_periods
     WHERE learner_id = ? ORDER BY start_date, end_date, id`,
  ).all(learnerId) as StoredInternship[];
}

export function replaceInternshipPeriods(
  db: Db,
  learnerId: number,
  periods: readonly StoredInternship[],
): void {
  stmt(db, 'DELETE FROM internship_periods WHERE learner_id = ?').run(learnerId);
  const insert = stmt(
    db,
    'INSERT INTO internship_periods (learner_id, start_date, end_date, note) VALUES (?, ?, ?, ?)',
  );
  for (const p of periods) insert.run(learnerId, p.start, p.end, p.note);
}

export function reducedWeeks(db: Db, learnerId: number): number | null {
  const row = stmt(db, 'SELECT reduced_weeks AS weeks FROM learner_internship WHERE learner_id = ?').get(
    learnerId,
  ) as { weeks: number | null } | undefined;
  return row?.weeks ?? null;
}

/** Only a learner granted a reduction keeps a row: none means the full 16 weeks. */
export function saveReducedWeeks(db: Db, learnerId: number, weeks: number | null): void {
  if (weeks === null) {
    stmt(db, 'DELETE FROM learner_internship WHERE learner_id = ?').run(learnerId);
    return;
  }
  stmt(
    db,
    `INSERT INTO learner_internship (learner_id, reduced_weeks) VALUES (?, ?)
     ON CONFLICT (learner_id) DO UPDATE SET reduced_weeks = excluded.reduced_weeks`,
  ).run(learnerId, weeks);
}

/**
 * A learner's sessions without the days their own plan puts in the company: their group is in
 * centre then, but they are not (their exported calendar must not send them there).
 */
export function withoutOwnCompanyDays<T extends { date: string }>(
  db: Db,
  learnerId: number,
  sessions: readonly T[],
): T[] {
  const away = new Set(
    learnerOverrides(db, learnerId)
      .filter((o) => o.place === 'company')
      .map((o) => o.date),
  );
  return away.size === 0 ? [...sessions] : sessions.filter((s) => !away.has(s.date));
}
