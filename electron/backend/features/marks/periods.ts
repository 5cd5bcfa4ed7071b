import type { Period } from '../../../../shared/api/marks';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { describeUses } from '../../../../shared/i18n/fr/references';
import { marksFr as t } from '../../../../shared/i18n/fr/marks';
import { auditCall } from '../../audit';
import { requireUser } from '../../context';
import type { Db } from '../../db/open';
import { blockingReferences } from '../../db/references';
import { AppError, conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { assertCohortWritable } from '../cohorts/membership';
import { splitPeriods, trainingYearOf } from '../../../../shared/domain/marks/periods';
import {
  type CohortRow,
  cohortPeriods,
  deletePeriods,
  evaluationsOutside,
  findCohort,
  findPeriod,
  insertPeriod,
  insertReopening,
  type PeriodRow,
  setPeriodClosed,
  updatePeriod,
} from './repository';

export function existingCohort(db: Db, id: number): CohortRow {
  const cohort = findCohort(db, id);
  if (!cohort) throw notFound(cohortRulesFr.cohortNotFound);
  return cohort;
}

export function existingPeriod(db: Db, id: number): PeriodRow {
  const period = findPeriod(db, id);
  if (!period) throw notFound(t.periodNotFound);
  return period;
}

export function periodView(period: PeriodRow, cohort: CohortRow): Period {
  return { ...period, trainingYear: trainingYearOf(cohort, period.startDate) };
}

/** The periods of the training year `period` is in, itself included: what a year average covers. */
export function yearPeriods(db: Db, period: PeriodRow, cohort: CohortRow): PeriodRow[] {
  const year = trainingYearOf(cohort, period.startDate);
  return cohortPeriods(db, cohort.id).filter((p) => trainingYearOf(cohort, p.startDate) === year);
}

/** A closed period refuses every change to its evaluations, marks and appreciations. */
export function closedRefusal(period: PeriodRow): AppError | null {
  return period.closed ? conflict(t.periodClosed(period.name, period.closed.byName, period.closed.at)) : null;
}

export function assertPeriodOpen(period: PeriodRow): void {
  const refusal = closedRefusal(period);
  if (refusal) throw refusal;
}

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });

function checkDates(db: Db, cohort: CohortRow, period: PeriodRow, startDate: string, endDate: string): void {
  if (endDate < startDate) throw invalid('endDate', t.periodEndBeforeStart);
  if (startDate < cohort.startDate || endDate > cohort.endDate) {
    const message = t.periodOutsideCohort(cohort.name, cohort.startDate, cohort.endDate);
    throw invalid(startDate < cohort.startDate ? 'startDate' : 'endDate', message);
  }
  const other = cohortPeriods(db, cohort.id).find(
    (p) => p.id !== period.id && p.startDate <= endDate && p.endDate >= startDate,
  );
  if (other) throw conflict(t.periodOverlap(other.name));
  const outside = evaluationsOutside(db, period.id, startDate, endDate);
  if (outside) throw conflict(t.evaluationsOutsidePeriod(outside.count, outside.title, outside.date));
}

export const periodsHandlers: HandlersOf<
  'periods.list' | 'periods.generate' | 'periods.update' | 'periods.close' | 'periods.reopen'
> = {
  'periods.list': ({ cohortId }, { db }) => {
    const cohort = existingCohort(db, cohortId);
    return cohortPeriods(db, cohortId).map((p) => periodView(p, cohort));
  },

  'periods.generate': ({ cohortId, kind }, ctx) => {
    const cohort = existingCohort(ctx.db, cohortId);
    assertCohortWritable(ctx.db, cohortId);
    const uses = new Map<string, number>();
    for (const period of cohortPeriods(ctx.db, cohortId)) {
      for (const use of blockingReferences(ctx.db, 'periods', period.id))
        uses.set(use.table, (uses.get(use.table) ?? 0) + use.count);
    }
    if (uses.size > 0) {
      throw conflict(t.periodsInUse(describeUses([...uses].map(([table, count]) => ({ table, count })))));
    }
    deletePeriods(ctx.db, cohortId);
    for (const p of splitPeriods(cohort, kind)) {
      insertPeriod(ctx.db, { ...p, cohortId, kind, name: t.periodName(kind, p.position) });
    }
    auditCall(ctx, 'periods.generate', `cohort:${cohortId}`, { kind });
    return cohortPeriods(ctx.db, cohortId).map((p) => periodView(p, cohort));
  },

  'periods.update': ({ id, name, startDate, endDate }, ctx) => {
    const period = existingPeriod(ctx.db, id);
    const cohort = existingCohort(ctx.db, period.cohortId);
    assertCohortWritable(ctx.db, cohort.id);
    assertPeriodOpen(period);
    checkDates(ctx.db, cohort, period, startDate, endDate);
    updatePeriod(ctx.db, id, name, startDate, endDate);
    auditCall(ctx, 'periods.update', `period:${id}`, { name, startDate, endDate });
    return periodView(existingPeriod(ctx.db, id), cohort);
  },

  'periods.close': ({ id }, ctx) => {
    const period = existingPeriod(ctx.db, id);
    const cohort = existingCohort(ctx.db, period.cohortId);
    assertCohortWritable(ctx.db, cohort.id);
    if (period.closed) throw conflict(t.alreadyClosed(period.name, period.closed.byName, period.closed.at));
    setPeriodClosed(ctx.db, id, { at: ctx.now.toISOString(), by: requireUser(ctx).id });
    auditCall(ctx, 'periods.close', `period:${id}`, { name: period.name });
    return periodView(existingPeriod(ctx.db, id), cohort);
  },

  'periods.reopen': ({ id, reason }, ctx) => {
    const period = existingPeriod(ctx.db, id);
    const cohort = existingCohort(ctx.db, period.cohortId);
    assertCohortWritable(ctx.db, cohort.id);
    if (!period.closed) throw conflict(t.notClosed(period.name));
    const at = ctx.now.toISOString();
    insertReopening(ctx.db, id, reason, requireUser(ctx).id, at);
    setPeriodClosed(ctx.db, id, null);
    auditCall(ctx, 'periods.reopen', `period:${id}`, {
      name: period.name,
      reason,
      closedAt: period.closed.at,
      closedBy: period.closed.byUserId,
    });
    return periodView(existingPeriod(ctx.db, id), cohort);
  },
};
