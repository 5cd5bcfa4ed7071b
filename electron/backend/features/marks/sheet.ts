import type { User } from '../../../../shared/api/auth';
import type { Evaluation, MarkSheet } from '../../../../shared/api/marks';
import type { AverageSettings } from '../../../../shared/domain/marks/averages';
import { formatMarkEntry, type MarkEntry } from '../../../../shared/domain/marks/mark-input';
import { classStatistics, evaluationStatistics } from '../../../../shared/domain/marks/statistics';
import { byPersonName } from '../../../../shared/format/sort';
import { marksFr as t } from '../../../../shared/i18n/fr/marks';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import type { Db } from '../../db/open';
import { AppError, conflict, notFound } from '../../errors';
import { groupFacts } from '../cohorts/membership';
import { type EvaluationRow, sheetEvaluations } from './evaluations-repository';
import { learnersAverages } from './learner-averages';
import { type MarkRow, membersDuring, sheetMarks } from './marks-repository';
import { closedRefusal, existingPeriod, periodView, yearPeriods } from './periods';
import { type CohortRow, findCohort, findSubject, type PeriodRow, type SubjectRow } from './repository';
import { teachingRefusal } from './teaching';

/** What a mark sheet stands on, checked to fit together: the group, its cohort, a subject of its programme, a period of its cohort. */
export interface SheetFacts {
  group: { id: number; name: string; cohortId: number; cohortName: string };
  cohort: CohortRow;
  subject: SubjectRow;
  period: PeriodRow;
}

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });

export function loadSheetFacts(db: Db, groupId: number, subjectId: number, periodId: number): SheetFacts {
  const g = groupFacts(db, groupId);
  const cohort = findCohort(db, g.cohort_id);
  if (!cohort) throw notFound(cohortRulesFr.cohortNotFound);
  const subject = findSubject(db, subjectId);
  if (!subject) throw notFound(t.subjectNotFound);
  if (subject.programmeId !== cohort.programmeId)
    throw invalid('subjectId', t.subjectNotInProgramme(subject.name, cohort.name));
  const period = existingPeriod(db, periodId);
  if (period.cohortId !== cohort.id) throw invalid('periodId', t.periodNotOfCohort(period.name, g.name));
  return {
    group: { id: g.id, name: g.name, cohortId: cohort.id, cohortName: cohort.name },
    cohort,
    subject,
    period,
  };
}

/**
 * Why `user` may not change this sheet's evaluations, marks or appreciations, or null: who
 * teaches what first (FORBIDDEN), then an archived cohort, then a closed period (CONFLICT).
 */
export function sheetWriteRefusal(db: Db, user: User, facts: SheetFacts): AppError | null {
  const byTeaching = teachingRefusal(db, user, facts.group.id, facts.subject.id);
  if (byTeaching) return byTeaching;
  if (facts.cohort.archived) return conflict(cohortRulesFr.archived(facts.cohort.name));
  return closedRefusal(facts.period);
}

export function assertSheetWritable(db: Db, user: User, facts: SheetFacts): void {
  const refusal = sheetWriteRefusal(db, user, facts);
  if (refusal) throw refusal;
}

export const toEvaluation = (row: EvaluationRow): Evaluation => row;

export const cellOf = (
  evaluationId: number,
  learnerId: number,
  entry: MarkEntry,
  updatedAt: string | null,
) => ({
  evaluationId,
  learnerId,
  text: formatMarkEntry(entry),
  entry,
  updatedAt,
});

export function statisticsOf(evaluationId: number, entries: readonly MarkEntry[], settings: AverageSettings) {
  return { evaluationId, ...evaluationStatistics(entries, settings) };
}

/** The whole sheet as the grid shows it. */
export function buildSheet(db: Db, user: User, facts: SheetFacts, settings: AverageSettings): MarkSheet {
  const { group, cohort, subject, period } = facts;
  const evaluations = sheetEvaluations(db, group.id, subject.id, period.id);
  const learners = membersDuring(db, group.id, period.startDate, period.endDate)
    .sort(byPersonName)
    .map((m) => ({
      id: m.id,
      surname: m.surname,
      firstName: m.firstName,
      joinedOn: m.startDate > period.startDate ? m.startDate : null,
      leftOn: m.endDate !== null && m.endDate <= period.endDate ? m.endDate : null,
    }));

  const marks = new Map<string, MarkRow>();
  const byEvaluation = new Map<number, MarkEntry[]>(evaluations.map((e) => [e.id, []]));
  for (const mark of sheetMarks(db, group.id, subject.id, period.id)) {
    marks.set(`${mark.evaluationId}:${mark.learnerId}`, mark);
    byEvaluation.get(mark.evaluationId)?.push(mark.entry);
  }
  const cells = learners.flatMap((l) =>
    evaluations.map((e) => {
      const mark = marks.get(`${e.id}:${l.id}`);
      return cellOf(e.id, l.id, mark?.entry ?? { kind: 'empty' }, mark?.updatedAt ?? null);
    }),
  );

  const yearIds = yearPeriods(db, period, cohort).map((p) => p.id);
  const averages = learnersAverages(
    db,
    settings,
    subject.id,
    period.id,
    yearIds,
    learners.map((l) => l.id),
  );
  const refusal = sheetWriteRefusal(db, user, facts);
  const view = periodView(period, cohort);

  return {
    group: {
      id: group.id,
      name: group.name,
      cohortId: cohort.id,
      cohortName: cohort.name,
      archived: cohort.archived,
    },
    subject: { id: subject.id, name: subject.name, unitCode: subject.unitCode },
    period: {
      id: period.id,
      name: period.name,
      startDate: period.startDate,
      endDate: period.endDate,
      trainingYear: view.trainingYear,
      closed: period.closed,
    },
    evaluations: evaluations.map(toEvaluation),
    learners,
    cells,
    evaluationStatistics: evaluations.map((e) => statisticsOf(e.id, byEvaluation.get(e.id)!, settings)),
    averages,
    classStatistics: {
      period: classStatistics(averages.map((a) => a.period.value)),
      year: classStatistics(averages.map((a) => a.year.value)),
    },
    canEdit: refusal === null,
    cannotEditReason: refusal?.message ?? null,
  };
}
