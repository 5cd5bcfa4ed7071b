import type { ParsedInput } from '../../../../shared/api/index';
import type { SessionResults } from '../../../../shared/api/exams';
import { ADMISSION_AVERAGE, successRate } from '../../../../shared/domain/marks';
import { examsFr as t } from '../../../../shared/i18n/fr/exams';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { requireUser } from '../../context';
import { AppError, notFound } from '../../errors';
import { isoDay } from '../cohorts/dates';
import { assertCohortWritable } from '../cohorts/membership';
import { learnersByIds } from './repository';
import { cohortResults, replaceSessionResults } from './results-repository';
import { cohortOrThrow } from './views';

/**
 * The actual results of past sessions: entered per cohort and session year, each session's
 * success rate = admitted / presented, where every candidate but one absent from the whole
 * session was presented (a diploma that cannot be issued was still presented).
 */

export function sessionResults(ctx: HandlerContext, cohortId: number): SessionResults[] {
  cohortOrThrow(ctx.db, cohortId);
  const sessions = new Map<number, SessionResults['results']>();
  for (const { sessionYear, ...row } of cohortResults(ctx.db, cohortId)) {
    const list = sessions.get(sessionYear) ?? [];
    list.push(row);
    sessions.set(sessionYear, list);
  }
  return [...sessions].map(([sessionYear, results]) => {
    const presented = results.filter((r) => r.outcome !== 'absent').length;
    const admitted = results.filter((r) => r.outcome === 'admitted').length;
    return { sessionYear, presented, admitted, successRate: successRate(admitted, presented), results };
  });
}

const refuse = (index: number, message: string) =>
  new AppError('INVALID_INPUT', message, { [`results.${index}`]: message });

export function saveSessionResults(
  ctx: HandlerContext,
  input: ParsedInput<'exams.saveResults'>,
): SessionResults[] {
  const { db } = ctx;
  const cohort = cohortOrThrow(db, input.cohortId);
  assertCohortWritable(db, cohort.id);
  const currentYear = Number(isoDay(ctx.now).slice(0, 4));
  if (input.sessionYear > currentYear) {
    const message = t.resultFutureYear(input.sessionYear, currentYear);
    throw new AppError('INVALID_INPUT', message, { sessionYear: message });
  }
  const learners = learnersByIds(
    db,
    input.results.map((r) => r.learnerId),
  );
  const seen = new Set<number>();
  const rows = input.results.map((r, i) => {
    const learner = learners.get(r.learnerId);
    if (!learner) throw notFound(t.resultLearnerUnknown(r.learnerId));
    const name = `${learner.firstName} ${learner.surname}`;
    if (learner.cohortId !== cohort.id) throw refuse(i, t.resultLearnerOutside(name, cohort.name));
    if (seen.has(r.learnerId)) throw refuse(i, t.resultTwice(name));
    seen.add(r.learnerId);
    const average = r.average ?? null;
    if (average !== null) {
      if (r.outcome === 'absent') throw refuse(i, t.averageWhenAbsent(name));
      if (r.outcome === 'admitted' && average < ADMISSION_AVERAGE)
        throw refuse(i, t.admittedBelowTen(name, average));
      if (r.outcome === 'refused' && average >= ADMISSION_AVERAGE)
        throw refuse(i, t.refusedAboveTen(name, average));
    }
    return { learnerId: r.learnerId, outcome: r.outcome, average };
  });
  replaceSessionResults(db, cohort.id, input.sessionYear, rows, requireUser(ctx).id, ctx.now);
  auditCall(ctx, 'exams.saveResults', `cohort:${cohort.id}`, {
    sessionYear: input.sessionYear,
    count: rows.length,
  });
  return sessionResults(ctx, cohort.id);
}
