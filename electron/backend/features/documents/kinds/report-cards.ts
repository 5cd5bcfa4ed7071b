import type { ReportCardsRequest } from '../../../../../shared/api/documents';
import type { CountedLine } from '../../../../../shared/domain/attendance/hours';
import { reportCardsFr as t } from '../../../../../shared/i18n/fr/report-cards';
import type { HandlerContext } from '../../../context';
import type { Db } from '../../../db/open';
import { learnerFileBase } from '../../../documents/file-bases';
import type { BatchPlan, DocumentKindModule, LearnerDocument } from '../../../documents/kind';
import { NO_ABSENCES, summariseAbsences } from '../../../documents/report-card/absences';
import type { ReportCardData } from '../../../documents/report-card/data';
import { drawReportCard } from '../../../documents/report-card/draw';
import { groupRows } from '../../../documents/report-card/rows';
import { AppError } from '../../../errors';
import { countedFacts } from '../../absences/lines';
import { factCounts } from '../../absences/repository';
import { appreciationsOf } from '../../appreciations/repository';
import { groupAverages } from '../../averages/group-averages';
import {
  cohortSubjects,
  findGroup,
  findPeriod,
  type GroupRow,
  type PeriodRow,
} from '../../averages/repository';
import { periodScope } from '../../averages/scope';
import { readCentreForPrint } from '../../centre/identity';
import { isoDay } from '../../cohorts/dates';
import { programmeUnits } from '../../exams/repository';
import { readSettings } from '../../settings/repository';
import { birthDates, programmeTitle } from '../report-cards-repository';

/**
 * Report cards (bulletins de notes, issue 7 §2): one per learner of a group over a period. The
 * whole batch is read here, in the call's transaction: the group's averages once (the class's
 * figures are everybody's), the appreciations one query per subject, the attendance one query.
 */

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });

function groupAndPeriod(db: Db, request: ReportCardsRequest): { group: GroupRow; period: PeriodRow } {
  const group = findGroup(db, request.groupId);
  if (!group) throw new AppError('NOT_FOUND', t.groupNotFound, { groupId: t.groupNotFound });
  const period = findPeriod(db, request.periodId);
  if (!period) throw new AppError('NOT_FOUND', t.periodNotFound, { periodId: t.periodNotFound });
  if (period.cohortId !== group.cohortId)
    throw invalid('periodId', t.periodOtherCohort(period.name, group.name));
  return { group, period };
}

/** Each learner's subject appreciations (subject id → text) and general appreciation. */
function appreciations(
  db: Db,
  subjectIds: readonly number[],
  learnerIds: readonly number[],
  periodId: number,
) {
  const bySubject = new Map<number, Map<number, string>>(learnerIds.map((id) => [id, new Map()]));
  for (const subjectId of subjectIds) {
    for (const [learnerId, found] of appreciationsOf(db, learnerIds, periodId, subjectId)) {
      bySubject.get(learnerId)?.set(subjectId, found.text);
    }
  }
  const general = appreciationsOf(db, learnerIds, periodId, null);
  return { bySubject, general };
}

/** Every attendance line of the group's members over the period, counted per learner. */
function attendance(db: Db, groupId: number, period: PeriodRow): Map<number, CountedLine[]> {
  const { slots } = readSettings(db);
  const byLearner = new Map<number, CountedLine[]>();
  const rows = factCounts(
    db,
    { kind: 'membersOf', groupId },
    { from: period.startDate, to: period.endDate },
    'learnerGroup',
  );
  for (const row of rows) {
    const lines = byLearner.get(row.key) ?? [];
    byLearner.set(row.key, lines);
    lines.push(countedFacts(row, slots));
  }
  return byLearner;
}

function plan(request: ReportCardsRequest, ctx: HandlerContext): BatchPlan<ReportCardData> {
  const { db } = ctx;
  const { group, period } = groupAndPeriod(db, request);
  const subjects = cohortSubjects(db, group.cohortId);
  const averages = groupAverages(db, { group, subjects }, periodScope(db, group, period.id));
  if (averages.learners.length === 0) throw invalid('groupId', t.noLearners(group.name, period.name));
  let chosen = averages.learners.map((_, i) => i);
  if (request.learnerIds) {
    const members = new Set(averages.learners.map((l) => l.learnerId));
    const outside = [...new Set(request.learnerIds)].filter((id) => !members.has(id));
    if (outside.length > 0)
      throw invalid('learnerIds', t.notMembers(outside.length, group.name, period.name));
    const wanted = new Set(request.learnerIds);
    chosen = chosen.filter((i) => wanted.has(averages.learners[i]!.learnerId));
  }

  const settings = readSettings(db);
  const units = settings.documents.reportCardRows === 'units' ? programmeUnits(db, group.programmeId) : null;
  const rows = groupRows(averages, units);
  const ids = chosen.map((i) => averages.learners[i]!.learnerId);
  const texts = appreciations(
    db,
    subjects.map((s) => s.subjectId),
    ids,
    period.id,
  );
  const lines = attendance(db, group.id, period);
  const births = birthDates(db, ids);
  const programme = programmeTitle(db, group.programmeId);
  const code = t.periodCode(period.kind, period.position);
  const general = averages.classStatistics.general;

  const documents: LearnerDocument<ReportCardData>[] = chosen.map((i) => {
    const learner = averages.learners[i]!;
    const id = learner.learnerId;
    const own = lines.get(id);
    return {
      learnerId: id,
      learnerName: `${learner.surname.toLocaleUpperCase('fr-FR')} ${learner.firstName}`,
      fileBase: learnerFileBase(learner.surname, learner.firstName, code),
      data: {
        title: t.title(period.name),
        learner: {
          surname: learner.surname,
          firstName: learner.firstName,
          birthDate: births.get(id) ?? null,
        },
        groupName: group.name,
        cohortName: group.cohortName,
        programmeTitle: programme,
        period: { name: period.name, startDate: period.startDate, endDate: period.endDate },
        rowKind: units ? 'units' : 'subjects',
        rows: rows.rows(i, texts.bySubject.get(id)!),
        general: {
          learner: { value: learner.general.value, provisional: learner.general.provisional },
          class: { average: general.average, min: general.min, max: general.max },
          rank: learner.rank === null ? null : { rank: learner.rank, of: general.count },
        },
        generalAppreciation: texts.general.get(id)?.text ?? null,
        absences: own ? summariseAbsences(own) : NO_ABSENCES,
        rounding: settings.marks.displayRounding,
      },
    };
  });

  const subset = request.learnerIds ? `:learners:${[...ids].sort((a, b) => a - b).join(',')}` : '';
  return {
    kind: 'reportCards',
    title: t.batchTitle(group.name, period.name),
    periodLabel: period.name,
    scopeKey: `reportCards:group:${group.id}:period:${period.id}${subset}`,
    cohortId: group.cohortId,
    groupId: group.id,
    periodId: period.id,
    layout: 'portrait',
    fileBase: documents.length === 1 ? documents[0]!.fileBase : t.batchFileBase(group.name, code),
    printedOn: isoDay(ctx.now),
    centre: readCentreForPrint(db),
    documents,
  };
}

export const reportCards: DocumentKindModule<ReportCardsRequest, ReportCardData> = {
  plan,
  draw: drawReportCard,
};
