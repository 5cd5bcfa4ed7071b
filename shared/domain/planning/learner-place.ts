import { compareDates, isWithin } from '../calendar/dates';
import type { InternshipPeriod } from './internship';
import type { IsoDate, Modality, Place } from './types';

/**
 * Where a learner is on a given day, from three layers of their plan. DECIDED order:
 * 1. the learner's own override of that day (the most specific, deliberate edit: a learner
 *    recalled to the centre for an exam during an internship, or kept at work on a group's
 *    centre day, is recorded this way);
 * 2. an internship period (statut scolaire) puts the day in company;
 * 3. a company day of the group the learner belonged to on that date;
 * 4. otherwise the centre (a day the rhythm does not mark is a centre day, as for groups).
 */
export type PlaceSource = 'override' | 'internship' | 'group' | 'centre';

export interface LearnerDayFacts {
  overrides: ReadonlyMap<IsoDate, Place>;
  /** Company days of the group the learner was in on each date. */
  groupCompanyDays: ReadonlySet<IsoDate>;
  internships: readonly InternshipPeriod[];
}

export interface LearnerDay {
  place: Place;
  source: PlaceSource;
}

function inInternship(date: IsoDate, periods: readonly InternshipPeriod[]): boolean {
  return periods.some((p) => compareDates(p.start, p.end) <= 0 && isWithin(date, p.start, p.end));
}

/** Where the day stands without the learner's own override: internship, group, centre. */
export function learnerDayWithoutOverride(date: IsoDate, facts: LearnerDayFacts): LearnerDay {
  if (inInternship(date, facts.internships)) return { place: 'company', source: 'internship' };
  if (facts.groupCompanyDays.has(date)) return { place: 'company', source: 'group' };
  return { place: 'centre', source: 'centre' };
}

export function learnerDay(date: IsoDate, facts: LearnerDayFacts): LearnerDay {
  const override = facts.overrides.get(date);
  return override ? { place: override, source: 'override' } : learnerDayWithoutOverride(date, facts);
}

export function effectivePlace(date: IsoDate, facts: LearnerDayFacts): Place {
  return learnerDay(date, facts).place;
}

/**
 * The edit that flips a day to the other place, keeping overrides to the days that need one:
 * 'group' (remove the override) when the other place is what the day is without it.
 */
export function toggledDay(date: IsoDate, facts: LearnerDayFacts): Place | 'group' {
  const target: Place = effectivePlace(date, facts) === 'centre' ? 'company' : 'centre';
  return learnerDayWithoutOverride(date, facts).place === target ? 'group' : target;
}

export interface LearnerSession {
  date: IsoDate;
  hours: number;
  modality: Modality;
}

/**
 * Hours a learner spends in centre-led training: their groups' sessions on the days they are in
 * centre. DECIDED: sessions in work situation (FEST, modality 'work') do not count — they take
 * place in the company, during the working time the 25 % is measured against; distance sessions
 * (FOAD) count, being training the centre delivers. A session on a day the learner is in company
 * (override, internship, or a group company day left with a session after a regeneration) is
 * missed, so it does not count either. Summed in minutes: 3 h 45 slots never drift.
 */
export function learnerCentreHours(sessions: readonly LearnerSession[], facts: LearnerDayFacts): number {
  let minutes = 0;
  for (const s of sessions) {
    if (s.modality === 'work' || effectivePlace(s.date, facts) === 'company') continue;
    minutes += Math.round(s.hours * 60);
  }
  return minutes / 60;
}
