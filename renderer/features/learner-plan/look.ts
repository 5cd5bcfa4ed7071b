import type { LearnerPlan } from '../../../shared/api/learner-plan';
import { eachDay } from '../../../shared/domain/calendar/dates';
import {
  effectivePlace,
  learnerDay,
  type LearnerDayFacts,
  type PlaceSource,
} from '../../../shared/domain/planning/learner-place';
import type { Place } from '../../../shared/domain/planning/types';
import { learnerPlanScreenFr as t } from '../../../shared/i18n/fr/learner-plan';
import type { DayLook } from '../rhythm/RhythmCalendar';
import { PLACE_COLOURS } from '../rhythm/RhythmCalendar';

/**
 * The learner's calendar keeps the group's colours for what comes from the group, and gives the
 * learner's own days and internships colours of their own, named in the legend.
 */
export const LEARNER_COLOURS = {
  centre: PLACE_COLOURS.centre,
  group: PLACE_COLOURS.company,
  overrideCentre: { bg: '#4f8fc9', fg: '#ffffff' },
  overrideCompany: { bg: '#c8641e', fg: '#ffffff' },
  internship: { bg: '#d9c6ee', fg: '#36174f' },
} as const;

function colours(source: PlaceSource, place: Place): { bg: string; fg: string } {
  if (source === 'override')
    return place === 'centre' ? LEARNER_COLOURS.overrideCentre : LEARNER_COLOURS.overrideCompany;
  return LEARNER_COLOURS[source];
}

/** The plan's three layers, as the pure rule reads them. */
export function dayFacts(plan: LearnerPlan): LearnerDayFacts {
  return {
    overrides: new Map(plan.overrides.map((o) => [o.date, o.place])),
    groupCompanyDays: new Set(plan.companyDays),
    internships: plan.internship.periods,
  };
}

/** The days of the period the learner is in company: the calendar's pressed days. */
export function companySet(start: string, end: string, facts: LearnerDayFacts): Set<string> {
  return new Set(eachDay(start, end).filter((date) => effectivePlace(date, facts) === 'company'));
}

export function describeLearnerDay(facts: LearnerDayFacts) {
  return (date: string, _place: Place, holiday: string | null): DayLook => {
    const { place, source } = learnerDay(date, facts);
    return { ...colours(source, place), label: t.dayLabel(date, source, place, holiday) };
  };
}
