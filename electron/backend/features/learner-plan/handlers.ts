import type { Cohort } from '../../../../shared/api/cohorts';
import type { Learner } from '../../../../shared/api/learners';
import { compareDates, isWithin, weekday } from '../../../../shared/domain/calendar/dates';
import { learnerPlanRulesFr as t } from '../../../../shared/i18n/fr/learner-plan';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { AppError, conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { assertCohortWritable } from '../cohorts/membership';
import { findCohort } from '../cohorts/repository';
import { getLearner } from '../learners/repository';
import { learnerPlan } from './plan';
import { clearLearnerDay, replaceInternshipPeriods, saveReducedWeeks, setLearnerDay } from './repository';

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });

function load(ctx: HandlerContext, learnerId: number): { learner: Learner; cohort: Cohort | null } {
  const learner = getLearner(ctx.db, learnerId);
  if (!learner) throw notFound(t.learnerNotFound);
  return { learner, cohort: learner.cohortId === null ? null : findCohort(ctx.db, learner.cohortId) };
}

/** A learner's plan is edited within their cohort's dates, and never in an archived cohort. */
function writable(ctx: HandlerContext, learnerId: number): { learner: Learner; cohort: Cohort } {
  const { learner, cohort } = load(ctx, learnerId);
  if (!cohort) throw conflict(t.noCohort(`${learner.firstName} ${learner.surname}`));
  assertCohortWritable(ctx.db, cohort.id);
  return { learner, cohort };
}

export const learnerPlanHandlers: HandlersOf<
  'learnerPlan.get' | 'learnerPlan.setDays' | 'learnerPlan.saveInternships'
> = {
  'learnerPlan.get': ({ learnerId }, ctx) => {
    const { learner, cohort } = load(ctx, learnerId);
    return learnerPlan(ctx.db, learner, cohort);
  },

  'learnerPlan.setDays': ({ learnerId, days }, ctx) => {
    const { learner, cohort } = writable(ctx, learnerId);
    days.forEach(({ date }, i) => {
      const field = `days.${i}.date`;
      if (weekday(date) === 7) throw invalid(field, t.sunday(date));
      if (!isWithin(date, cohort.startDate, cohort.endDate)) {
        throw invalid(field, t.outsideCohort(date, cohort.name, cohort.startDate, cohort.endDate));
      }
    });
    // In order: a date listed twice ends as its last entry says.
    for (const { date, place } of days) {
      if (place === 'group') clearLearnerDay(ctx.db, learnerId, date);
      else setLearnerDay(ctx.db, learnerId, date, place);
    }
    auditCall(ctx, 'learnerPlan.setDays', `learner:${learnerId}`, { days });
    return learnerPlan(ctx.db, learner, cohort);
  },

  'learnerPlan.saveInternships': ({ learnerId, periods, reducedWeeks }, ctx) => {
    const { learner, cohort } = writable(ctx, learnerId);
    periods.forEach(({ start, end }, i) => {
      if (compareDates(end, start) < 0)
        throw invalid(`periods.${i}.end`, t.periodInverted(i + 1, start, end));
      const inside = (date: string) => isWithin(date, cohort.startDate, cohort.endDate);
      if (!inside(start) || !inside(end)) {
        const message = t.periodOutsideCohort(
          i + 1,
          start,
          end,
          cohort.name,
          cohort.startDate,
          cohort.endDate,
        );
        throw invalid(`periods.${i}.${inside(start) ? 'end' : 'start'}`, message);
      }
    });
    replaceInternshipPeriods(ctx.db, learnerId, periods);
    saveReducedWeeks(ctx.db, learnerId, reducedWeeks);
    // Breaking the 16-week rule is a warning, not a refusal: the plan is saved and says why.
    const plan = learnerPlan(ctx.db, learner, cohort);
    auditCall(ctx, 'learnerPlan.saveInternships', `learner:${learnerId}`, {
      periods,
      reducedWeeks,
      issues: plan.internship.issues,
    });
    return plan;
  },
};
