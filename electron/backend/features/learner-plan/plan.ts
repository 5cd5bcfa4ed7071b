import type { Cohort } from '../../../../shared/api/cohorts';
import type { LearnerPlan } from '../../../../shared/api/learner-plan';
import type { Learner } from '../../../../shared/api/learners';
import { addDays, isWithin, maxDate, minDate } from '../../../../shared/domain/calendar/dates';
import { slotDurationHours } from '../../../../shared/domain/calendar/half-days';
import { meetsApprenticeMinimum } from '../../../../shared/domain/planning/apprentice';
import { contractHours, contractMonths } from '../../../../shared/domain/planning/contract-hours';
import {
  INTERNSHIP_WEEKS,
  internshipIssues,
  internshipSummary,
} from '../../../../shared/domain/planning/internship';
import {
  learnerCentreHours,
  type LearnerDayFacts,
  type LearnerSession,
} from '../../../../shared/domain/planning/learner-place';
import { learnerPlanFr } from '../../../../shared/i18n/fr/learner-plan';
import type { Db } from '../../db/open';
import { icsSessions } from '../planning/repository';
import { companyDays } from '../rhythm/repository';
import { readSettings } from '../settings/repository';
import { internshipPeriods, learnerOverrides, reducedWeeks } from './repository';

/**
 * "Statut scolaire" is the learner in training without a work contract, who goes to companies on
 * internships (stages): of the access routes, only the formation initiale alternée (a student
 * paying their fees). Apprentices and professionalisation contracts are employees; formule pro
 * learners are adults in continuing training (stagiaires de la formation professionnelle), whose
 * internships follow their funder's rules; VAE has no training time. So the 16-week rule is
 * checked for 'initial_alternating' only; periods entered for others still count as company days.
 */
const SCHOOL_STATUS_ROUTES: readonly Learner['accessRoute'][] = ['initial_alternating'];
/** The learners under a work contract, whose centre time is held against the contract's hours. */
const CONTRACT_ROUTES: readonly Learner['accessRoute'][] = ['apprenticeship', 'professionalisation'];

type Span = { start: string; end: string };

/** The days (both included) a membership covers within the cohort; its end_date is the day they left. */
function membershipSpan(group: Learner['groupHistory'][number], cohort: Span): Span | null {
  const start = maxDate(group.startDate, cohort.start);
  const end = minDate(group.endDate ? addDays(group.endDate, -1) : cohort.end, cohort.end);
  return start <= end ? { start, end } : null;
}

/** Company days of the group the learner was in on each date of the cohort. */
function groupCompanyDays(db: Db, learner: Learner, cohort: Span): string[] {
  const days = new Set<string>();
  for (const group of learner.groupHistory) {
    const span = membershipSpan(group, cohort);
    if (span) for (const day of companyDays(db, group.groupId, span.start, span.end)) days.add(day);
  }
  return [...days].sort();
}

/** The sessions of the groups the learner belonged to on each session's date, with their length. */
function learnerSessions(db: Db, learnerId: number, cohort: Span): LearnerSession[] {
  const { slots } = readSettings(db);
  return icsSessions(db, 'learner', learnerId, cohort.start, cohort.end).map((s) => ({
    date: s.date,
    modality: s.modality,
    hours: slotDurationHours(s.slot, slots),
  }));
}

const minutes = (hours: number) => Math.round(hours * 60);

function contractOf(learner: Learner, sessions: LearnerSession[], facts: LearnerDayFacts) {
  if (!CONTRACT_ROUTES.includes(learner.accessRoute)) return null;
  const { contractStart: start, contractEnd: end } = learner;
  const note = learnerPlanFr.contractHoursNote;
  if (!start || !end) {
    const missing = learnerPlanFr.contractDatesMissing;
    return { start, end, hours: null, centreHours: null, note, minimum: null, missing };
  }
  const hours = contractHours(start, end);
  const centreHours = learnerCentreHours(
    sessions.filter((s) => isWithin(s.date, start, end)),
    facts,
  );
  // The 25 % floor is the apprenticeship's (Code du travail L6211-2); a professionalisation
  // contract's training share is set by its branch agreement, so it is shown, not judged.
  if (learner.accessRoute !== 'apprenticeship') {
    return { start, end, hours, centreHours, note, minimum: null, missing: null };
  }
  const rule = meetsApprenticeMinimum({
    centreHours,
    contractHours: hours,
    contractMonths: contractMonths(start, end),
  });
  // The rule's message quotes the contract's hours: it says they are an estimate.
  const message = rule.message ? `${rule.message} ${note}` : null;
  const minimum = { ok: rule.ok, share: rule.share, requiredHours: rule.requiredHours, message };
  return { start, end, hours, centreHours, note, minimum, missing: null };
}

function internshipOf(db: Db, learner: Learner): LearnerPlan['internship'] {
  const periods = internshipPeriods(db, learner.id);
  const reduced = reducedWeeks(db, learner.id);
  const applies = SCHOOL_STATUS_ROUTES.includes(learner.accessRoute);
  const summary = internshipSummary(periods);
  return {
    applies,
    periods,
    reducedWeeks: reduced,
    requiredWeeks: Math.min(reduced ?? INTERNSHIP_WEEKS, INTERNSHIP_WEEKS),
    totalWeeks: summary.totalWeeks,
    longestWeeks: summary.longestWeeks,
    issues: applies ? internshipIssues(periods, reduced === null ? {} : { reducedTo: reduced }) : [],
  };
}

/** The learner's whole plan as the contract returns it, read afresh (after any write). */
export function learnerPlan(db: Db, learner: Learner, cohort: Cohort | null): LearnerPlan {
  const internship = internshipOf(db, learner);
  const overrides = learnerOverrides(db, learner.id);
  const base = {
    learnerId: learner.id,
    learnerName: `${learner.firstName} ${learner.surname}`,
    accessRoute: learner.accessRoute,
    groups: [...learner.groupHistory].reverse().map((g) => ({
      groupId: g.groupId,
      groupName: g.groupName,
      start: g.startDate,
      end: g.endDate,
    })),
    overrides,
    internship,
  };
  const span = cohort ? { start: cohort.startDate, end: cohort.endDate } : null;
  const company = span ? groupCompanyDays(db, learner, span) : [];
  const sessions = span ? learnerSessions(db, learner.id, span) : [];
  const facts: LearnerDayFacts = {
    overrides: new Map(overrides.map((o) => [o.date, o.place])),
    groupCompanyDays: new Set(company),
    internships: internship.periods,
  };
  const centreHours = learnerCentreHours(sessions, facts);
  const heldHours = sessions.reduce((sum, s) => sum + (s.modality === 'work' ? 0 : minutes(s.hours)), 0);
  return {
    ...base,
    cohort: cohort && {
      id: cohort.id,
      name: cohort.name,
      start: cohort.startDate,
      end: cohort.endDate,
      archived: cohort.archived,
      holidayZone: cohort.holidayZone,
      alsaceMoselle: cohort.alsaceMoselle,
    },
    companyDays: company,
    hours: { centreHours, missedHours: (heldHours - minutes(centreHours)) / 60 },
    contract: contractOf(learner, sessions, facts),
  };
}
