import { averagesFr as t } from '../../../../shared/i18n/fr/averages';
import type { Db } from '../../db/open';
import { conflict, notFound } from '../../errors';
import { trainingYearOf } from '../../../../shared/domain/marks/periods';
import { cohortPeriods, findPeriod, type GroupRow, type PeriodRow } from './repository';

/** What averages are computed over: one period, or every period of a training year. */
export interface Scope {
  periodId: number | null;
  trainingYear: number;
  name: string;
  startDate: string;
  endDate: string;
  periods: PeriodRow[];
}

/** A period's training year, as the marks area places it: by the day it starts. */
export function periodYear(group: GroupRow, period: PeriodRow): number {
  return trainingYearOf(group, period.startDate);
}

export function periodScope(db: Db, group: GroupRow, periodId: number): Scope {
  const period = findPeriod(db, periodId);
  if (!period) throw notFound(t.periodNotFound);
  if (period.cohortId !== group.cohortId) throw conflict(t.periodOtherCohort(group.name, period.name));
  return {
    periodId: period.id,
    trainingYear: periodYear(group, period),
    name: period.name,
    startDate: period.startDate,
    endDate: period.endDate,
    periods: [period],
  };
}

export function yearScope(db: Db, group: GroupRow, year: number): Scope {
  const periods = cohortPeriods(db, group.cohortId).filter((p) => periodYear(group, p) === year);
  if (periods.length === 0) throw notFound(t.noPeriodInYear(year, group.cohortName));
  return {
    periodId: null,
    trainingYear: year,
    name: t.year(year),
    startDate: periods.reduce((min, p) => (p.startDate < min ? p.startDate : min), periods[0]!.startDate),
    endDate: periods.reduce((max, p) => (p.endDate > max ? p.endDate : max), periods[0]!.endDate),
    periods,
  };
}
