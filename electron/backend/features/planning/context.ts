import { isWithin, weekday } from '../../../../shared/domain/calendar/dates';
import { slotDurationHours, type SlotSettings } from '../../../../shared/domain/calendar/half-days';
import { publicHolidayMap } from '../../../../shared/domain/calendar/public-holidays';
import { schoolHolidayDays } from '../../../../shared/domain/calendar/school-holidays';
import {
  checkSession,
  type SessionCandidate,
  type SessionCheck,
  type SessionContext,
} from '../../../../shared/domain/planning/conflicts';
import type { Slot } from '../../../../shared/domain/planning/types';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { planningFr as t } from '../../../../shared/i18n/fr/planning';
import type { Db } from '../../db/open';
import { AppError, notFound } from '../../errors';
import { readSettings } from '../settings/repository';
import {
  groupFacts,
  isCompanyDay,
  memberCount,
  roomFacts,
  schoolHolidayPeriods,
  subjectFacts,
  trainerAvailability,
  trainerName,
  trainerSubjectIds,
  type GroupFacts,
  type SubjectFacts,
} from './facts-repository';
import { plannedSlotCounts, slotSessions, type SessionFields } from './repository';

/**
 * A subject's target for a group: its hours over the training years the cohort covers
 * (year_from..year_to), the same figure the ledger shows, so the "over target" warning and the
 * ledger's "Dépassement" always agree. DECIDED rather than splitting by the year each date
 * falls in: a cohort's year boundary is not stored, and a centre that plans year-2 hours early
 * (or late) is not over anything as long as the whole stays within the programme.
 */
export function targetHours(
  subject: { hoursYear1: number; hoursYear2: number },
  group: { yearFrom: number; yearTo: number },
): number {
  let total = 0;
  if (group.yearFrom <= 1 && group.yearTo >= 1) total += subject.hoursYear1;
  if (group.yearFrom <= 2 && group.yearTo >= 2) total += subject.hoursYear2;
  return total;
}

/** Hours of `counts` sessions per slot, at the centre's slot times. */
export function slotHours(counts: readonly { slot: Slot; n: number }[], slots: SlotSettings): number {
  // Summed in minutes so 3 h 45 slots never drift with floating point.
  const minutes = counts.reduce((sum, c) => sum + Math.round(slotDurationHours(c.slot, slots) * 60) * c.n, 0);
  return minutes / 60;
}

export const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });

interface TrainerFacts {
  name: string;
  subjectIds: number[];
  availability: Set<string>;
}

/**
 * The facts a call reads again and again (its group, the trainers, the slot times), read once
 * per call: a batch checks hundreds of half-days of one group. Nothing here changes during a
 * call, except sessions, which are always read afresh.
 */
export class PlanningFacts {
  readonly slots: SlotSettings;
  private readonly groups = new Map<number, GroupFacts & { size: number }>();
  private readonly subjects = new Map<number, SubjectFacts>();
  private readonly trainers = new Map<number, TrainerFacts>();
  private readonly rooms = new Map<number, { name: string; capacity: number }>();

  constructor(readonly db: Db) {
    this.slots = readSettings(db).slots;
  }

  hours(slot: Slot): number {
    return slotDurationHours(slot, this.slots);
  }

  group(id: number): GroupFacts & { size: number } {
    return cached(this.groups, id, () => {
      const group = groupFacts(this.db, id);
      if (!group) throw notFound(cohortRulesFr.groupNotFound);
      return { ...group, size: memberCount(this.db, id) };
    });
  }

  subject(id: number): SubjectFacts {
    return cached(this.subjects, id, () => subjectFacts(this.db, id) ?? throwNotFound(t.subjectNotFound));
  }

  trainer(id: number): TrainerFacts {
    return cached(this.trainers, id, () => ({
      name: trainerName(this.db, id) ?? throwNotFound(t.trainerNotFound),
      subjectIds: trainerSubjectIds(this.db, id),
      availability: trainerAvailability(this.db, id),
    }));
  }

  room(id: number): { name: string; capacity: number } {
    return cached(this.rooms, id, () => roomFacts(this.db, id) ?? throwNotFound(t.roomNotFound));
  }
}

function cached<V>(map: Map<number, V>, id: number, load: () => V): V {
  let value = map.get(id);
  if (value === undefined) {
    value = load();
    map.set(id, value);
  }
  return value;
}

function throwNotFound(message: string): never {
  throw notFound(message);
}

/** null when the trainer declared no availability at all: then nothing is compared. */
export function availableOn(trainer: TrainerFacts, date: string, slot: Slot): boolean | null {
  return trainer.availability.size === 0 ? null : trainer.availability.has(`${weekday(date)}:${slot}`);
}

/**
 * Refusals that are not conflicts but mistakes in the request: a Sunday, a day outside the
 * cohort, a subject of another programme. Thrown as INVALID_INPUT at the field concerned.
 */
function assertPlannable(group: GroupFacts, subject: SubjectFacts, date: string): void {
  if (subject.programmeId !== group.programmeId) {
    throw invalid('subjectId', t.subjectNotInProgramme(subject.name, group.name));
  }
  if (weekday(date) === 7) throw invalid('date', t.sunday(date));
  if (!isWithin(date, group.startDate, group.endDate)) {
    throw invalid('date', t.outsideCohort(date, group.cohortName, group.startDate, group.endDate));
  }
}

export interface Evaluation {
  candidate: SessionCandidate;
  check: SessionCheck;
}

/**
 * Builds the candidate and its context from the database and runs the planning rules. Every
 * read is a single indexed lookup (the date and slot, the group and subject, the trainer), so
 * the cost does not grow with the year's sessions. `excludeId` is the session being edited.
 */
export function evaluate(facts: PlanningFacts, request: SessionFields, excludeId: number | null): Evaluation {
  const { db } = facts;
  const { date, slot } = request;
  const group = facts.group(request.groupId);
  const subject = facts.subject(request.subjectId);
  assertPlannable(group, subject, date);
  const trainer = request.trainerId === null ? null : facts.trainer(request.trainerId);
  const room = request.roomId === null ? null : facts.room(request.roomId);

  const candidate: SessionCandidate = {
    ...(excludeId === null ? {} : { id: excludeId }),
    date,
    slot,
    groupId: group.id,
    groupName: group.name,
    subjectId: subject.id,
    subjectName: subject.name,
    trainerId: request.trainerId,
    trainerName: trainer?.name ?? null,
    roomId: request.roomId,
    roomName: room?.name ?? null,
    modality: request.modality,
  };
  // Another cohort's group is named with its cohort: two cohorts may both have a "Groupe A".
  const sameSlotSessions = slotSessions(db, date, slot).map((s) => ({
    ...s,
    groupName: s.cohortId === group.cohortId ? s.groupName : `${s.groupName} (${s.cohortName})`,
  }));
  const periods = schoolHolidayPeriods(db, group.holidayZone, date, date);
  const context: SessionContext = {
    sameSlotSessions,
    groupSize: group.size,
    roomCapacity: room?.capacity ?? null,
    companyDay: isCompanyDay(db, group.id, date),
    publicHoliday: publicHolidayMap(date, date, { alsaceMoselle: group.alsaceMoselle }).get(date) ?? null,
    schoolHoliday: schoolHolidayDays(periods).get(date) ?? null,
    trainerSubjectIds: trainer?.subjectIds ?? [],
    trainerAvailable: trainer ? availableOn(trainer, date, slot) : null,
    subjectPlannedHours: slotHours(plannedSlotCounts(db, group.id, subject.id, excludeId), facts.slots),
    subjectTargetHours: targetHours(subject, group),
    sessionHours: facts.hours(slot),
  };
  return { candidate, check: checkSession(candidate, context) };
}
