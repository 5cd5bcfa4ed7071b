import type { Coefficients } from '../../../../shared/api/marks';
import { marksFr as t } from '../../../../shared/i18n/fr/marks';
import { auditCall } from '../../audit';
import type { Db } from '../../db/open';
import { AppError, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { assertCohortWritable } from '../cohorts/membership';
import { cohortCoefficients, setCohortCoefficient } from './evaluations-repository';
import { existingCohort } from './periods';
import { findSubject, programmeSubjects } from './repository';

/** Each subject's weight in a cohort's general average: the cohort's own, else the programme's. */
export function coefficientsOf(db: Db, cohortId: number): Coefficients {
  const cohort = existingCohort(db, cohortId);
  const own = cohortCoefficients(db, cohortId);
  return {
    cohortId,
    subjects: programmeSubjects(db, cohort.programmeId).map((s) => ({
      subjectId: s.id,
      subjectName: s.name,
      programmeCoefficient: s.coefficient,
      cohortCoefficient: own.get(s.id) ?? null,
      coefficient: own.get(s.id) ?? s.coefficient,
    })),
  };
}

export const coefficientsHandlers: HandlersOf<'coefficients.get' | 'coefficients.set'> = {
  'coefficients.get': ({ cohortId }, { db }) => coefficientsOf(db, cohortId),

  'coefficients.set': ({ cohortId, subjectId, coefficient }, ctx) => {
    const cohort = existingCohort(ctx.db, cohortId);
    assertCohortWritable(ctx.db, cohortId);
    const subject = findSubject(ctx.db, subjectId);
    if (!subject) throw notFound(t.subjectNotFound);
    if (subject.programmeId !== cohort.programmeId) {
      const message = t.subjectNotInProgramme(subject.name, cohort.name);
      throw new AppError('INVALID_INPUT', message, { subjectId: message });
    }
    setCohortCoefficient(ctx.db, cohortId, subjectId, coefficient);
    auditCall(ctx, 'coefficients.set', `cohort:${cohortId}`, { subjectId, coefficient });
    return coefficientsOf(ctx.db, cohortId);
  },
};
