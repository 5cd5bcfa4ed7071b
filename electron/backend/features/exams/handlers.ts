import { examsFr as t } from '../../../../shared/i18n/fr/exams';
import { marksRulesFr } from '../../../../shared/i18n/fr/marks-rules';
import { auditCall } from '../../audit';
import { requireUser } from '../../context';
import { AppError, conflict } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { assertCohortWritable } from '../cohorts/membership';
import { isDispensed, programmeUnits, saveTypedEntry, typedEntry } from './repository';
import { saveSessionResults, sessionResults } from './results';
import { cohortExam, learnerExam, learnerInCohort } from './views';

/**
 * The BTS exam simulator. Reading is open to every role (advisers and trainers see where a
 * learner stands); what the simulator is told, and the actual results, are the managers'.
 */
export const examsHandlers: HandlersOf<
  'exams.learner' | 'exams.setUnit' | 'exams.cohort' | 'exams.saveResults' | 'exams.results'
> = {
  'exams.learner': ({ learnerId, sessionDate, resits }, { db }) =>
    learnerExam(db, learnerId, sessionDate, resits),

  'exams.setUnit': ({ learnerId, unitCode, entry, sessionDate }, ctx) => {
    const { db } = ctx;
    const { learner, cohort } = learnerInCohort(db, learnerId);
    assertCohortWritable(db, cohort.id);
    if (!programmeUnits(db, cohort.programmeId).some((u) => u.code === unitCode)) {
      const message = marksRulesFr.unknownUnit(unitCode);
      throw new AppError('INVALID_INPUT', message, { unitCode: message });
    }
    if (entry && isDispensed(db, learnerId, unitCode)) {
      const message = t.dispensedUnit(unitCode, `${learner.firstName} ${learner.surname}`);
      throw conflict(message, { entry: message });
    }
    const before = typedEntry(db, learnerId, unitCode);
    saveTypedEntry(db, learnerId, unitCode, entry, requireUser(ctx).id, ctx.now);
    auditCall(ctx, 'exams.setUnit', `learner:${learnerId}`, { unitCode, before, after: entry });
    return learnerExam(db, learnerId, sessionDate);
  },

  'exams.cohort': ({ cohortId, sessionDate }, { db }) => cohortExam(db, cohortId, sessionDate),

  'exams.saveResults': (input, ctx) => saveSessionResults(ctx, input),

  'exams.results': ({ cohortId }, ctx) => sessionResults(ctx, cohortId),
};
