import { diffDays, mondayOf } from '../../shared/domain/calendar/dates';
import type { Modality, Slot } from '../../shared/domain/planning/types';

/**
 * Who teaches what, where and when, decided before anything is written so that no weekly pattern
 * collides with another (planning.applyPattern would skip a colliding half-day, not plan it).
 *
 * Every group alternates one week in centre (Monday to Friday), one week in company. Groups with
 * an even number are in centre on even weeks of the calendar, odd ones on odd weeks, whichever
 * intake they belong to: `startsWith` is chosen from the parity of the cohort's first Monday.
 * Two intakes overlap at a time (year 1 of one, year 2 of the previous), so at most 12 groups
 * are in centre in any week: 12 rooms, each shared by two groups of alternate weeks, and a
 * trainer is never given two groups on the same half-day of the same weeks.
 */

export const CELLS: readonly { weekday: number; slot: Slot }[] = [1, 2, 3, 4, 5].flatMap((weekday) =>
  (['morning', 'afternoon'] as const).map((slot) => ({ weekday, slot })),
);

/** Centre weeks in a training year: one week in two from September to June. */
const CENTRE_WEEKS = 20;
const HALF_DAY_HOURS = 3.75;

export interface SubjectInfo {
  id: number;
  name: string;
  hoursYear1: number;
}

/** Subjects of a family may be taught by one trainer (a trainer teaches one or two). */
const FAMILIES: readonly RegExp[] = [
  /culture générale|anglais|langue/i,
  /économi|droit|management des entreprises/i,
];
const family = (name: string) => {
  const index = FAMILIES.findIndex((f) => f.test(name));
  return index === -1 ? FAMILIES.length : index;
};

/**
 * The half-days of a centre week given to each subject, in proportion to its yearly hours
 * (largest remainder), e.g. 9 for the BTS NDRC's 675 h a year: U4 and U5 twice, the others once.
 */
export function weeklySubjects(subjects: readonly SubjectInfo[]): SubjectInfo[] {
  const shares = subjects.map((s) => s.hoursYear1 / HALF_DAY_HOURS / CENTRE_WEEKS);
  const total = Math.min(CELLS.length, Math.round(shares.reduce((a, b) => a + b, 0)));
  const counts = shares.map(Math.floor);
  const byRemainder = shares.map((share, i) => ({ i, rest: share - Math.floor(share) }));
  byRemainder.sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < total; k++) counts[byRemainder[k]!.i]! += 1;
  return subjects.flatMap((s, i) => Array.from({ length: counts[i]! }, () => s));
}

export interface LaneEntry {
  weekday: number;
  slot: Slot;
  subjectId: number;
  trainer: number;
  /** Index in the list of lane rooms; null for the remote (FOAD) half-day. */
  room: number | null;
  modality: Modality;
}

export interface PlannedTrainer {
  subjects: Set<number>;
  /** Subject names: "Culture générale et expression" is one discipline in the NRC and the NDRC. */
  disciplines: Set<string>;
  family: number;
  /** Indexes in CELLS: the weekly half-days the trainer declares available. */
  cells: Set<number>;
}

/** Absolute week parity of a date's week (weeks counted from Monday 1970-01-05). */
const weekParity = (date: string) => Math.floor(diffDays('1970-01-05', mondayOf(date)) / 7) % 2;

export function startsWith(cohortStart: string, group: number): 'centre' | 'company' {
  return (weekParity(cohortStart) + group) % 2 === 0 ? 'centre' : 'company';
}

/** Whether group number `group` of any intake is in centre the week of `date` (see startsWith). */
export const isCentreWeek = (date: string, group: number) => (weekParity(date) + group) % 2 === 0;

export const LANE_ROOMS = 12;
const laneRoom = (cohort: number, group: number) => (cohort % 2) * 6 + Math.floor(group / 2);

/**
 * The weekly pattern of every group of every cohort (`layouts[c][g]`) and the trainers they
 * need, assigned greedily: the trainer who already teaches the group that subject, else the first
 * free trainer of the subject, else one of the same family taking a second subject, else a new one.
 */
export function planTimetable(cohorts: readonly { subjects: readonly SubjectInfo[] }[], groups: number) {
  const trainers: PlannedTrainer[] = [];
  // busy[c][set][cell]: trainers holding that half-day in the centre weeks of group parity `set`.
  const busy: Set<number>[][][] = [];
  const layouts: LaneEntry[][][] = cohorts.map((cohort, c) => {
    busy[c] = [0, 1].map(() => CELLS.map(() => new Set<number>()));
    const weekly = weeklySubjects(cohort.subjects);
    return Array.from({ length: groups }, (_, g) => {
      const set = g % 2;
      const mine = new Map<number, number>();
      return weekly.map((_, i): LaneEntry => {
        const subject = weekly[(i + g + c) % weekly.length]!;
        const taken = new Set([...(busy[c - 1]?.[set]?.[i] ?? []), ...busy[c]![set]![i]!]);
        const free = (t: number) => !taken.has(t);
        const fam = family(subject.name);
        let trainer = mine.get(subject.id);
        if (trainer === undefined || !free(trainer)) {
          trainer = trainers.findIndex((t, k) => free(k) && t.disciplines.has(subject.name));
        }
        if (trainer === -1) {
          trainer = trainers.findIndex((t, k) => free(k) && t.disciplines.size === 1 && t.family === fam);
        }
        if (trainer === -1) {
          trainers.push({ subjects: new Set(), disciplines: new Set(), family: fam, cells: new Set() });
          trainer = trainers.length - 1;
        }
        const t = trainers[trainer]!;
        t.subjects.add(subject.id);
        t.disciplines.add(subject.name);
        t.cells.add(i);
        busy[c]![set]![i]!.add(trainer);
        mine.set(subject.id, trainer);
        const remote = weekly.length > 8 && i === 8;
        return {
          ...CELLS[i]!,
          subjectId: subject.id,
          trainer,
          room: remote ? null : laneRoom(c, g),
          modality: remote ? 'distance' : 'onsite',
        };
      });
    });
  });
  return { layouts, trainers };
}
