import type { SchoolHolidayPeriod } from '../../../../shared/domain/calendar/school-holidays';
import type { Slot } from '../../../../shared/domain/planning/types';
import type { Db } from '../../db/open';
import { stmt } from './statements';

/** The records a session points to, read for its checks: each by its primary key or an index. */

export interface GroupFacts {
  id: number;
  name: string;
  cohortId: number;
  cohortName: string;
  archived: boolean;
  startDate: string;
  endDate: string;
  programmeId: number;
  programmeHours: number;
  yearFrom: number;
  yearTo: number;
  holidayZone: string;
  alsaceMoselle: boolean;
}

export interface SubjectFacts {
  id: number;
  name: string;
  programmeId: number;
  hoursYear1: number;
  hoursYear2: number;
}

export function groupFacts(db: Db, groupId: number): GroupFacts | null {
  const row = stmt(
    db,
    `SELECT g.id, g.name, g.cohort_id AS cohortId, c.name AS cohortName, c.archived_at AS archivedAt,
       c.start_date AS startDate, c.end_date AS endDate, c.programme_id AS programmeId,
       p.total_hours AS programmeHours, c.year_from AS yearFrom, c.year_to AS yearTo,
       c.holiday_zone AS holidayZone, c.alsace_moselle AS alsaceMoselle
     FROM groups g JOIN cohorts c ON c.id = g.cohort_id JOIN programmes p ON p.id = c.programme_id
     WHERE g.id = ?`,
  ).get(groupId) as
    | (Omit<GroupFacts, 'archived' | 'alsaceMoselle'> & { archivedAt: string | null; alsaceMoselle: number })
    | undefined;
  if (!row) return null;
  const { archivedAt, alsaceMoselle, ...rest } = row;
  return { ...rest, archived: archivedAt !== null, alsaceMoselle: alsaceMoselle === 1 };
}

export function subjectFacts(db: Db, subjectId: number): SubjectFacts | null {
  return (
    (stmt(
      db,
      `SELECT id, name, programme_id AS programmeId, hours_year1 AS hoursYear1, hours_year2 AS hoursYear2
       FROM programme_subjects WHERE id = ?`,
    ).get(subjectId) as SubjectFacts | undefined) ?? null
  );
}

/** A programme's subjects in its order: the ledger's rows. */
export function programmeSubjects(db: Db, programmeId: number): SubjectFacts[] {
  return stmt(
    db,
    `SELECT id, name, programme_id AS programmeId, hours_year1 AS hoursYear1, hours_year2 AS hoursYear2
     FROM programme_subjects WHERE programme_id = ? ORDER BY position, id`,
  ).all(programmeId) as SubjectFacts[];
}

export function trainerName(db: Db, trainerId: number): string | null {
  const row = stmt(db, "SELECT first_name || ' ' || surname AS name FROM trainers WHERE id = ?").get(
    trainerId,
  ) as { name: string } | undefined;
  return row?.name ?? null;
}

export function roomFacts(db: Db, roomId: number): { name: string; capacity: number } | null {
  return (
    (stmt(db, 'SELECT name, capacity FROM rooms WHERE id = ?').get(roomId) as
      { name: string; capacity: number } | undefined) ?? null
  );
}

export function exists(db: Db, table: 'groups' | 'trainers' | 'rooms', id: number): boolean {
  return stmt(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function memberCount(db: Db, groupId: number): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM group_memberships WHERE group_id = ? AND end_date IS NULL').get(
      groupId,
    ) as {
      n: number;
    }
  ).n;
}

export function trainerSubjectIds(db: Db, trainerId: number): number[] {
  return (
    stmt(db, 'SELECT subject_id AS id FROM trainer_subjects WHERE trainer_id = ?').all(trainerId) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

/** The half-days a trainer declared, as "weekday:slot" keys; empty when none were declared. */
export function trainerAvailability(db: Db, trainerId: number): Set<string> {
  const rows = stmt(db, 'SELECT weekday, slot FROM trainer_availability WHERE trainer_id = ?').all(
    trainerId,
  ) as {
    weekday: number;
    slot: Slot;
  }[];
  return new Set(rows.map((r) => `${r.weekday}:${r.slot}`));
}

export function isCompanyDay(db: Db, groupId: number, date: string): boolean {
  return (
    stmt(db, "SELECT 1 FROM rhythm_days WHERE group_id = ? AND date = ? AND place = 'company'").get(
      groupId,
      date,
    ) !== undefined
  );
}

/** Where a group is on each day of a range that the rhythm marks (a day absent is a centre day). */
export function rhythmDays(
  db: Db,
  groupId: number,
  from: string,
  to: string,
): Map<string, 'centre' | 'company'> {
  const rows = stmt(
    db,
    'SELECT date, place FROM rhythm_days WHERE group_id = ? AND date BETWEEN ? AND ?',
  ).all(groupId, from, to) as { date: string; place: 'centre' | 'company' }[];
  return new Map(rows.map((r) => [r.date, r.place]));
}

/** The school holiday periods of a zone that free at least one day between two dates. */
export function schoolHolidayPeriods(db: Db, zone: string, from: string, to: string): SchoolHolidayPeriod[] {
  return stmt(
    db,
    `SELECT name, start_date AS start, end_date AS end FROM school_holidays
     WHERE zone = ? AND start_date < ? AND end_date > ? ORDER BY start_date`,
  ).all(zone, to, from) as SchoolHolidayPeriod[];
}

/**
 * The holiday zone and Alsace-Moselle rule of the cohorts in progress, when they all share one:
 * a trainer's or a room's week has no cohort of its own to take them from.
 */
export function sharedCalendarSetting(db: Db): { holidayZone: string; alsaceMoselle: boolean } | null {
  const rows = stmt(
    db,
    `SELECT DISTINCT holiday_zone AS holidayZone, alsace_moselle AS alsaceMoselle
     FROM cohorts WHERE archived_at IS NULL LIMIT 2`,
  ).all() as { holidayZone: string; alsaceMoselle: number }[];
  const only = rows.length === 1 ? rows[0]! : null;
  return only ? { holidayZone: only.holidayZone, alsaceMoselle: only.alsaceMoselle === 1 } : null;
}
