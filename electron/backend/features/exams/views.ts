import type { CohortExam, LearnerExam } from '../../../../shared/api/exams';
import { type BtsOutcome, type Resit, sessionTally, successRate } from '../../../../shared/domain/marks';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { examsFr as t } from '../../../../shared/i18n/fr/exams';
import type { Db } from '../../db/open';
import { AppError, conflict, notFound } from '../../errors';
import {
  dispensations,
  type ExamCohort,
  type ExamLearner,
  findExamCohort,
  findExamLearner,
  keptMarks,
  latestMockExams,
  learnersInTraining,
  programmeBlocs,
  programmeUnits,
  typedEntries,
} from './repository';
import { type LearnerFactsMaps, simulate } from './simulate';

/** What the simulator's methods return, read inside the call's transaction. */

const fullName = (l: ExamLearner) => `${l.firstName} ${l.surname}`;

function facts(db: Db, learnerIds: readonly number[]): LearnerFactsMaps {
  return {
    typed: typedEntries(db, learnerIds),
    dispensations: dispensations(db, learnerIds),
    kept: keptMarks(db, learnerIds),
    mockExams: latestMockExams(db, learnerIds),
  };
}

export function cohortOrThrow(db: Db, cohortId: number): ExamCohort {
  const cohort = findExamCohort(db, cohortId);
  if (!cohort) throw notFound(cohortRulesFr.cohortNotFound);
  return cohort;
}

/** The learner and their cohort, refused when either is missing. */
export function learnerInCohort(db: Db, learnerId: number): { learner: ExamLearner; cohort: ExamCohort } {
  const learner = findExamLearner(db, learnerId);
  if (!learner) throw notFound(t.learnerNotFound);
  if (learner.cohortId === null) throw conflict(t.noCohort(fullName(learner)));
  return { learner, cohort: cohortOrThrow(db, learner.cohortId) };
}

export function learnerExam(
  db: Db,
  learnerId: number,
  sessionDate: string | undefined,
  resits: readonly { unitCode: string; mark: number }[] = [],
): LearnerExam {
  const { learner, cohort } = learnerInCohort(db, learnerId);
  const date = sessionDate ?? cohort.endDate;
  const units = programmeUnits(db, cohort.programmeId);
  const blocs = programmeBlocs(db, cohort.programmeId);
  const asResits: Resit[] = resits.map((r) => ({ code: r.unitCode, mark: r.mark }));
  const sim = simulate(units, blocs, facts(db, [learnerId]), learnerId, date, asResits);
  if (sim.resitRefusal) throw new AppError('INVALID_INPUT', sim.resitRefusal, { resits: sim.resitRefusal });
  return {
    learner: {
      id: learner.id,
      surname: learner.surname,
      firstName: learner.firstName,
      groupName: learner.groupName,
    },
    cohort: { id: cohort.id, name: cohort.name, archived: cohort.archived },
    programme: { id: cohort.programmeId, title: cohort.programmeTitle },
    sessionDate: date,
    units: sim.units,
    blocs,
    professionalUnitCodes: sim.professionalUnitCodes,
    resitUnitCodes: sim.resitUnitCodes,
    decision: sim.decision,
    refusal: units.length === 0 ? t.noUnits(cohort.programmeTitle) : sim.refusal,
    afterResits: sim.afterResits,
  };
}

export function cohortExam(db: Db, cohortId: number, sessionDate: string | undefined): CohortExam {
  const cohort = cohortOrThrow(db, cohortId);
  const date = sessionDate ?? cohort.endDate;
  const units = programmeUnits(db, cohort.programmeId);
  const blocs = programmeBlocs(db, cohort.programmeId);
  const learners = learnersInTraining(db, cohortId);
  const maps = facts(
    db,
    learners.map((l) => l.id),
  );
  const outcomes: BtsOutcome[] = [];
  const rows = learners.map((learner) => {
    const sim = simulate(units, blocs, maps, learner.id, date);
    const d = sim.decision;
    // A learner whose entries make no decision is not presented yet, like an incomplete one.
    outcomes.push(d?.outcome ?? 'incomplete');
    return {
      learnerId: learner.id,
      surname: learner.surname,
      firstName: learner.firstName,
      groupName: learner.groupName,
      outcome: d?.outcome ?? null,
      average: d?.average ?? null,
      professionalAverage: d?.professionalAverage ?? null,
      explanation: d?.explanation ?? sim.refusal ?? '',
      unitsAwarded: d?.unitsAwarded ?? [],
      blocsAcquired: d?.blocsAcquired ?? [],
      units: sim.units.map((u) => {
        const result = d?.units.find((r) => r.code === u.code);
        return {
          code: u.code,
          source: u.source,
          status: result?.status ?? 'missing',
          mark: result?.mark ?? null,
        };
      }),
    };
  });
  const tally = sessionTally(outcomes);
  return {
    cohort: {
      id: cohort.id,
      name: cohort.name,
      programmeTitle: cohort.programmeTitle,
      archived: cohort.archived,
    },
    sessionDate: date,
    units: units.map(({ code, title, coefficient, kind, optional }) => ({
      code,
      title,
      coefficient,
      kind,
      optional,
    })),
    learners: rows,
    tally,
    successRate: successRate(tally.admitted, tally.presented),
  };
}
