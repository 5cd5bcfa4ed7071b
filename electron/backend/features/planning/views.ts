import type { PlanningWeek, SessionView } from '../../../../shared/api/planning';
import { eachDay } from '../../../../shared/domain/calendar/dates';
import { daySlots } from '../../../../shared/domain/calendar/half-days';
import { publicHolidayMap } from '../../../../shared/domain/calendar/public-holidays';
import { schoolHolidayDays } from '../../../../shared/domain/calendar/school-holidays';
import { GROUP_MIN } from '../../../../shared/domain/group-size';
import { checkSession } from '../../../../shared/domain/planning/conflicts';
import { planningFr as t } from '../../../../shared/i18n/fr/planning';
import { notFound } from '../../errors';
import { availableOn, slotHours, targetHours, type PlanningFacts } from './context';
import { exists, rhythmDays, schoolHolidayPeriods, sharedCalendarSetting } from './facts-repository';
import { plannedSlotCounts, sessionsOf, type SessionViewRow } from './repository';
import { toSessionView } from './write';

export type View = 'group' | 'trainer' | 'room';
type DayInfo = PlanningWeek['days'][number];

/** Refuses a view of a record that does not exist, in French. */
export function assertEntity(facts: PlanningFacts, view: View, id: number): void {
  if (view === 'group') facts.group(id);
  else if (!exists(facts.db, view === 'trainer' ? 'trainers' : 'rooms', id)) {
    throw notFound(view === 'trainer' ? t.trainerNotFound : t.roomNotFound);
  }
}

/**
 * Each day's facts. A group's days follow its cohort's zone and Alsace-Moselle rule and its
 * rhythm; a trainer's or a room's have no cohort of their own, so they take the zone and rule of
 * the cohorts in progress when all share one, else national holidays only and no school holiday.
 */
export function dayInfos(facts: PlanningFacts, view: View, id: number, from: string, to: string): DayInfo[] {
  const { db } = facts;
  const group = view === 'group' ? facts.group(id) : null;
  const calendar = group ?? sharedCalendarSetting(db);
  const holidays = publicHolidayMap(from, to, { alsaceMoselle: calendar?.alsaceMoselle ?? false });
  const school = calendar
    ? schoolHolidayDays(schoolHolidayPeriods(db, calendar.holidayZone, from, to))
    : new Map<string, string>();
  const places = group ? rhythmDays(db, group.id, from, to) : null;
  return eachDay(from, to).map((date) => ({
    date,
    publicHoliday: holidays.get(date) ?? null,
    schoolHoliday: school.get(date) ?? null,
    place: places ? (places.get(date) ?? 'centre') : null,
  }));
}

/**
 * The sessions of a view with their warnings worked out again, as the rules would give them
 * today (a trainer's subjects or the school calendar may have changed since). Only warnings
 * are computed: what the refusals check was true when the session was saved, and the rules get
 * neutral values for it. Reads are per trainer, per zone and per group × subject, never per day.
 */
export function sessionViews(facts: PlanningFacts, rows: readonly SessionViewRow[]): SessionView[] {
  if (rows.length === 0) return [];
  const { db } = facts;
  const first = rows[0]!.date;
  const last = rows[rows.length - 1]!.date;
  const schoolByZone = new Map<string, Map<string, string>>();
  const plannedByPair = new Map<string, number>();

  return rows.map((row) => {
    let school = schoolByZone.get(row.holidayZone);
    if (!school) {
      school = schoolHolidayDays(schoolHolidayPeriods(db, row.holidayZone, first, last));
      schoolByZone.set(row.holidayZone, school);
    }
    const pair = `${row.groupId}:${row.subjectId}`;
    let planned = plannedByPair.get(pair);
    if (planned === undefined) {
      planned = slotHours(plannedSlotCounts(db, row.groupId, row.subjectId, null), facts.slots);
      plannedByPair.set(pair, planned);
    }
    const trainer = row.trainerId === null ? null : facts.trainer(row.trainerId);
    const sessionHours = facts.hours(row.slot);
    const { warnings } = checkSession(
      { ...row, trainerName: trainer?.name ?? row.trainerName },
      {
        sameSlotSessions: [],
        groupSize: GROUP_MIN,
        roomCapacity: null,
        companyDay: false,
        publicHoliday: null,
        schoolHoliday: school.get(row.date) ?? null,
        trainerSubjectIds: trainer?.subjectIds ?? [],
        trainerAvailable: trainer ? availableOn(trainer, row.date, row.slot) : null,
        // The group's whole planned total, as when the session is saved: every card of an
        // over-planned subject says so, and deleting any of them is a fix.
        subjectPlannedHours: planned - sessionHours,
        subjectTargetHours: targetHours(row, row),
        sessionHours,
      },
    );
    return toSessionView(
      row,
      facts.slots,
      warnings.map(({ kind, message }) => ({ kind, message })),
    );
  });
}

export function slotsOfDay(facts: PlanningFacts): PlanningWeek['slots'] {
  return daySlots(facts.slots).map(({ slot, start, end, hours }) => ({ slot, start, end, hours }));
}

export function viewSessions(
  facts: PlanningFacts,
  view: View,
  id: number,
  from: string,
  to: string,
): SessionView[] {
  return sessionViews(facts, sessionsOf(facts.db, view, id, from, to));
}
