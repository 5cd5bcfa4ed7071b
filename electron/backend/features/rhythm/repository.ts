import { rhythmPatternSchema, type ZONES } from '../../../../shared/api/planning';
import type { RhythmPattern } from '../../../../shared/domain/planning/rhythm';
import type { z } from 'zod';
import type { SchoolHolidayPeriod } from '../../../../shared/domain/calendar/school-holidays';
import type { Db } from '../../db/open';
import { SESSIONS_TABLE } from './tables';

type Zone = (typeof ZONES)[number];

export interface GroupCohort {
  groupId: number;
  groupName: string;
  cohortId: number;
  start: string;
  end: string;
  alsaceMoselle: boolean;
}

export function findGroupCohort(db: Db, groupId: number): GroupCohort | null {
  const row = db
    .prepare(
      `SELECT g.id, g.name, c.id AS cohort_id, c.start_date, c.end_date, c.alsace_moselle
       FROM groups g JOIN cohorts c ON c.id = g.cohort_id WHERE g.id = ?`,
    )
    .get(groupId) as
    | {
        id: number;
        name: string;
        cohort_id: number;
        start_date: string;
        end_date: string;
        alsace_moselle: number;
      }
    | undefined;
  if (!row) return null;
  return {
    groupId: row.id,
    groupName: row.name,
    cohortId: row.cohort_id,
    start: row.start_date,
    end: row.end_date,
    alsaceMoselle: row.alsace_moselle === 1,
  };
}

/** The stored pattern, or null when none was generated or it no longer reads as one. */
export function readPattern(db: Db, groupId: number): z.infer<typeof rhythmPatternSchema> | null {
  const row = db.prepare('SELECT pattern FROM rhythm_patterns WHERE group_id = ?').get(groupId) as
    { pattern: string } | undefined;
  if (!row) return null;
  try {
    const parsed = rhythmPatternSchema.safeParse(JSON.parse(row.pattern));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function savePattern(db: Db, groupId: number, pattern: RhythmPattern, now: Date): void {
  db.prepare(
    `INSERT INTO rhythm_patterns (group_id, pattern, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (group_id) DO UPDATE SET pattern = excluded.pattern, updated_at = excluded.updated_at`,
  ).run(groupId, JSON.stringify(pattern), now.toISOString());
}

/** Company days of the group between start and end inclusive, sorted. */
export function companyDays(db: Db, groupId: number, start: string, end: string): string[] {
  const rows = db
    .prepare(
      `SELECT date FROM rhythm_days
       WHERE group_id = ? AND place = 'company' AND date BETWEEN ? AND ? ORDER BY date`,
    )
    .all(groupId, start, end) as { date: string }[];
  return rows.map((r) => r.date);
}

/** Replaces every day of the group by the given company days (a day absent is a centre day). */
export function replaceCompanyDays(db: Db, groupId: number, dates: Iterable<string>): void {
  db.prepare('DELETE FROM rhythm_days WHERE group_id = ?').run(groupId);
  const insert = db.prepare("INSERT INTO rhythm_days (group_id, date, place) VALUES (?, ?, 'company')");
  for (const date of dates) insert.run(groupId, date);
}

export function setCompanyDay(db: Db, groupId: number, date: string): void {
  db.prepare(
    `INSERT INTO rhythm_days (group_id, date, place) VALUES (?, ?, 'company')
     ON CONFLICT (group_id, date) DO UPDATE SET place = excluded.place`,
  ).run(groupId, date);
}

export function setCentreDay(db: Db, groupId: number, date: string): void {
  db.prepare('DELETE FROM rhythm_days WHERE group_id = ? AND date = ?').run(groupId, date);
}

/**
 * Dates on which the group has a session while it is in company. Work-situation sessions (FEST)
 * take place in the company, so they are not in the way.
 */
export function sessionDatesOnCompanyDays(db: Db, groupId: number): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT s.date FROM ${SESSIONS_TABLE} s
       JOIN rhythm_days r ON r.group_id = s.group_id AND r.date = s.date AND r.place = 'company'
       WHERE s.group_id = ? AND s.modality <> 'work' ORDER BY s.date`,
    )
    .all(groupId) as { date: string }[];
  return rows.map((r) => r.date);
}

export interface SchoolHolidayRow {
  id: number;
  zone: Zone;
  name: string;
  start: string;
  end: string;
  source: string | null;
}

export function listSchoolHolidays(db: Db, zone?: Zone): SchoolHolidayRow[] {
  const select = `SELECT id, zone, name, start_date AS start, end_date AS "end", source FROM school_holidays`;
  const order = ' ORDER BY zone, start_date, end_date, id';
  return (
    zone ? db.prepare(`${select} WHERE zone = ?${order}`).all(zone) : db.prepare(`${select}${order}`).all()
  ) as SchoolHolidayRow[];
}

/** Removes the zone's periods lying wholly within from–to; returns how many. */
export function deleteSchoolHolidaysWithin(db: Db, zone: Zone, from: string, to: string): number {
  return db
    .prepare('DELETE FROM school_holidays WHERE zone = ? AND start_date >= ? AND end_date <= ?')
    .run(zone, from, to).changes;
}

export function insertSchoolHolidays(
  db: Db,
  zone: Zone,
  periods: readonly SchoolHolidayPeriod[],
  source: string,
  now: Date,
): void {
  const insert = db.prepare(
    `INSERT INTO school_holidays (zone, name, start_date, end_date, source, imported_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const p of periods) insert.run(zone, p.name, p.start, p.end, source, now.toISOString());
}
