import type { LearnerInput } from '../../../../shared/api/learners';
import { learnerErrors } from '../../../../shared/domain/learner-rules';
import { normalizeSiret } from '../../../../shared/domain/siret';
import { learnerRefusalsFr as t } from '../../../../shared/i18n/fr/learners';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { assertCohortWritable } from '../cohorts/membership';
import { cohortUnitCodes } from './repository';

type Units = Pick<LearnerInput, 'dispensations' | 'keptMarks'>;

/**
 * Unit codes checked against the cohort's programme and spelt as the programme spells them
 * ("u1" -> "U1"), so that the uniqueness rule and the database agree.
 */
function checkUnits(db: Db, cohortId: number | null, units: Units, errors: Record<string, string>): Units {
  const lists = [
    ['dispensations', units.dispensations],
    ['keptMarks', units.keptMarks],
  ] as const;
  if (cohortId === null) {
    for (const [name, list] of lists) if (list.length) errors[`${name}.0.unitCode`] = t.unitsNeedCohort;
    return units;
  }
  const valid = cohortUnitCodes(db, cohortId) ?? [];
  const canonical = new Map(valid.map((code) => [code.toUpperCase(), code]));
  const spell = <T extends { unitCode: string }>(name: string, list: readonly T[]): T[] =>
    list.map((item, i) => {
      const code = canonical.get(item.unitCode.toUpperCase());
      if (!code) errors[`${name}.${i}.unitCode`] = t.unknownUnit(item.unitCode, valid);
      return { ...item, unitCode: code ?? item.unitCode };
    });
  return {
    dispensations: spell('dispensations', units.dispensations),
    keptMarks: spell('keptMarks', units.keptMarks),
  };
}

/**
 * Applies every rule a learner's record must meet before it is written: cohort writable, unit
 * codes of its programme, the cross-field rules; refuses with a French message per field.
 * Returns the input as it is stored (SIRET as digits, unit codes spelt as the programme does).
 */
export function checkedLearner(db: Db, input: LearnerInput, today: string): LearnerInput {
  if (input.cohortId !== null) assertCohortWritable(db, input.cohortId);
  const errors: Record<string, string> = {};
  const units = checkUnits(db, input.cohortId, input, errors);
  const learner: LearnerInput = {
    ...input,
    ...units,
    employerSiret: input.employerSiret ? normalizeSiret(input.employerSiret) : null,
  };
  Object.assign(errors, learnerErrors(learner, today));
  const first = Object.values(errors)[0];
  if (first) throw new AppError('INVALID_INPUT', first, errors);
  return learner;
}
