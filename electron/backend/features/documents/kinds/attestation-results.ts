import type {
  AcquiredBloc,
  AcquiredUnit,
  ExamFacts,
} from '../../../../../shared/domain/documents/attestation-result';
import type { Db } from '../../../db/open';
import { groupAverages, loadGroupContext } from '../../averages/group-averages';
import { cohortPeriods } from '../../averages/repository';
import {
  dispensations,
  keptMarks,
  latestMockExams,
  programmeBlocs,
  programmeUnits,
  typedEntries,
} from '../../exams/repository';
import { cohortResults } from '../../exams/results-repository';
import { simulate } from '../../exams/simulate';
import type { BatchCohort, BatchLearner } from './learner-batch-repository';

/**
 * What an attestation states of the evaluation of learning, read for a whole batch at once with
 * the exam simulator's and the averages' own code: the actual result of the learner's latest
 * session, else the simulator's decision (at the cohort's end, as the simulator's screen
 * defaults); the units and blocs acquired; the general average over every period of the
 * training, computed once per group as the mark sheets compute it.
 */

type Average = ExamFacts['average'];

/** The general average of each learner over the whole training, by the group they are in (or were last in). */
function trainingAverages(
  db: Db,
  cohort: BatchCohort,
  learners: readonly BatchLearner[],
): Map<number, Average> {
  const periods = cohortPeriods(db, cohort.id);
  const out = new Map<number, Average>();
  const groups = new Set(learners.map((l) => l.lastGroupId).filter((id): id is number => id !== null));
  for (const groupId of groups) {
    const averages = groupAverages(db, loadGroupContext(db, groupId), {
      periodId: null,
      trainingYear: cohort.yearFrom,
      name: cohort.name,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      periods,
    });
    for (const learner of averages.learners) {
      out.set(learner.learnerId, { value: learner.general.value, provisional: learner.general.provisional });
    }
  }
  return out;
}

/** The actual result of each learner's latest session entered for the cohort. */
function recordedResults(db: Db, cohortId: number): Map<number, ExamFacts['recorded']> {
  const out = new Map<number, ExamFacts['recorded']>();
  // Newest session first: the first row of a learner is their latest result.
  for (const row of cohortResults(db, cohortId)) {
    if (!out.has(row.learnerId)) {
      out.set(row.learnerId, { sessionYear: row.sessionYear, outcome: row.outcome, average: row.average });
    }
  }
  return out;
}

export function examFacts(
  db: Db,
  cohort: BatchCohort,
  learners: readonly BatchLearner[],
): Map<number, ExamFacts> {
  const ids = learners.map((l) => l.id);
  const units = programmeUnits(db, cohort.programmeId);
  const blocs = programmeBlocs(db, cohort.programmeId);
  const maps = {
    typed: typedEntries(db, ids),
    dispensations: dispensations(db, ids),
    kept: keptMarks(db, ids),
    mockExams: latestMockExams(db, ids),
  };
  const recorded = recordedResults(db, cohort.id);
  const averages = trainingAverages(db, cohort, learners);
  const titles = new Map(units.map((u) => [u.code, u.title]));

  return new Map(
    learners.map((learner): [number, ExamFacts] => {
      const sim = units.length > 0 ? simulate(units, blocs, maps, learner.id, cohort.endDate) : null;
      const decision = sim?.decision ?? null;
      // A unit known only from a BTS blanc is an estimate, not a unit granted by a jury.
      const estimated = new Set(sim?.units.filter((u) => u.source === 'mock_exam').map((u) => u.code) ?? []);
      const acquiredUnits: AcquiredUnit[] = (decision?.unitsAwarded ?? []).map((code) => ({
        code,
        title: titles.get(code) ?? code,
        provisional: estimated.has(code),
      }));
      const acquiredBlocs: AcquiredBloc[] = (decision?.blocsAcquired ?? []).map((number) => {
        const bloc = blocs.find((b) => b.number === number);
        const unitCodes = bloc?.unitCodes ?? [];
        return {
          number,
          title: bloc?.title ?? '',
          unitCodes,
          provisional: unitCodes.some((code) => estimated.has(code)),
        };
      });
      return [
        learner.id,
        {
          recorded: recorded.get(learner.id) ?? null,
          simulated: decision ? { outcome: decision.outcome, average: decision.average } : null,
          units: acquiredUnits,
          blocs: acquiredBlocs,
          average: averages.get(learner.id) ?? { value: null, provisional: false },
        },
      ];
    }),
  );
}
