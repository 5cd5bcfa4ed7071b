import type { Availability } from '../../../../shared/api/availability';
import type { ParsedInput } from '../../../../shared/api/index';
import { isWithin, weekday } from '../../../../shared/domain/calendar/dates';
import { publicHolidayMap } from '../../../../shared/domain/calendar/public-holidays';
import { schoolHolidayDays } from '../../../../shared/domain/calendar/school-holidays';
import {
  outsideAvailability,
  roomTooSmall,
  slotOccupancy,
} from '../../../../shared/domain/planning/availability';
import { availabilityFr as a } from '../../../../shared/i18n/fr/availability';
import { planningFr as t } from '../../../../shared/i18n/fr/planning';
import type { Db } from '../../db/open';
import type { HandlersOf } from '../../handlers';
import { allRooms, trainersForSlot } from './availability-repository';
import { invalid, PlanningFacts } from './context';
import { isCompanyDay, schoolHolidayPeriods, type GroupFacts } from './facts-repository';
import { slotSessions } from './repository';

type Request = ParsedInput<'planning.availability'>;

/** Why no session of the group can be planned that day at all: the date field's own refusals. */
function dateProblem(group: GroupFacts, date: string): string | null {
  if (weekday(date) === 7) return t.sunday(date);
  if (!isWithin(date, group.startDate, group.endDate)) {
    return t.outsideCohort(date, group.cohortName, group.startDate, group.endDate);
  }
  return null;
}

/**
 * The half-day as the session dialog needs it: a handful of reads whatever the number of
 * trainers and rooms (the half-day's sessions, all trainers, all rooms, the group's day facts).
 */
export function slotAvailability(db: Db, request: Request): Availability {
  const { date, slot } = request;
  const facts = new PlanningFacts(db);
  const group = facts.group(request.groupId);
  if (request.subjectId !== undefined) {
    const subject = facts.subject(request.subjectId);
    if (subject.programmeId !== group.programmeId) {
      throw invalid('subjectId', t.subjectNotInProgramme(subject.name, group.name));
    }
  }

  const sessions = slotSessions(db, date, slot);
  const taken = slotOccupancy(sessions, request.excludeSessionId ?? null);
  // Another cohort's group is named with its cohort, as the refusals on save name it.
  const label = (s: (typeof sessions)[number] | null) =>
    s &&
    a.sessionLabel(
      s.cohortId === group.cohortId ? s.groupName : a.otherCohortGroup(s.groupName, s.cohortName),
      s.subjectName,
    );
  const own = taken.group(group.id);
  const day = weekday(date);

  return {
    date,
    slot,
    groupName: group.name,
    groupSize: group.size,
    groupBusy: own && a.groupSessionLabel(own.subjectName, own.trainerName),
    publicHoliday: publicHolidayMap(date, date, { alsaceMoselle: group.alsaceMoselle }).get(date) ?? null,
    companyDay: isCompanyDay(db, group.id, date),
    schoolHoliday:
      schoolHolidayDays(schoolHolidayPeriods(db, group.holidayZone, date, date)).get(date) ?? null,
    dateProblem: dateProblem(group, date),
    trainers: trainersForSlot(db, request.subjectId ?? null, day, slot).map((p) => ({
      id: p.id,
      name: p.name,
      busy: label(taken.trainer(p.id)),
      unavailable: outsideAvailability(p.declaresAny, p.declaresThisHalfDay),
      qualified: p.qualified,
    })),
    rooms: allRooms(db).map((r) => ({
      ...r,
      busy: label(taken.room(r.id)),
      tooSmall: roomTooSmall(r.capacity, group.size),
    })),
  };
}

export const availabilityHandlers: HandlersOf<'planning.availability'> = {
  'planning.availability': (input, { db }) => slotAvailability(db, input),
};
