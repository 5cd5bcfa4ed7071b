import type { User } from '../../../../shared/api/auth';
import type { ParsedInput } from '../../../../shared/api/index';
import { STALE_FIELD } from '../../../../shared/api/versions';
import { formatMarkEntry } from '../../../../shared/domain/marks/mark-input';
import { marksRulesFr } from '../../../../shared/i18n/fr/marks-rules';
import { marksFr as t } from '../../../../shared/i18n/fr/marks';
import { concurrencyMarksFr as staleFr } from '../../../../shared/i18n/fr/concurrency-marks';
import { auditCall } from '../../audit';
import { lastChange } from '../../concurrency/last-change-repository';
import { assertFresh, nextVersion } from '../../concurrency/version';
import { type HandlerContext, requireUser } from '../../context';
import type { Db } from '../../db/open';
import { AppError, conflict, forbidden, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { groupFacts } from '../cohorts/membership';
import {
  deleteEvaluation,
  type EvaluationFields,
  type EvaluationRow,
  findEvaluation,
  highestMark,
  insertEvaluation,
  listEvaluations,
  updateEvaluation,
} from './evaluations-repository';
import { evaluationMarks } from './marks-repository';
import { programmeUnitCodes } from './repository';
import { assertSheetWritable, loadSheetFacts, type SheetFacts, toEvaluation } from './sheet';

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });

export function existingEvaluation(db: Db, id: number): EvaluationRow {
  const evaluation = findEvaluation(db, id);
  if (!evaluation) throw notFound(t.evaluationNotFound);
  return evaluation;
}

/** The facts of the sheet an evaluation is on, checked to still fit together. */
export const evaluationFacts = (db: Db, e: EvaluationRow): SheetFacts =>
  loadSheetFacts(db, e.groupId, e.subjectId, e.periodId);

/** The rules of an evaluation's own fields, once the sheet it goes on is known and writable. */
function checkFields(db: Db, facts: SheetFacts, fields: EvaluationFields): void {
  const { period, cohort } = facts;
  if (fields.date < period.startDate || fields.date > period.endDate)
    throw invalid('date', t.dateOutsidePeriod(period.name, period.startDate, period.endDate));
  if (fields.unitCode !== null) {
    if (fields.kind !== 'mock_exam') throw invalid('unitCode', t.unitOnlyForMockExam);
    if (!programmeUnitCodes(db, cohort.programmeId).includes(fields.unitCode))
      throw invalid('unitCode', marksRulesFr.unknownUnit(fields.unitCode));
  }
}

function writableSheet(db: Db, user: User, groupId: number, subjectId: number, periodId: number): SheetFacts {
  const facts = loadSheetFacts(db, groupId, subjectId, periodId);
  assertSheetWritable(db, user, facts);
  return facts;
}

type Fields = ParsedInput<'evaluations.create'>;
const fieldsOf = (input: Omit<Fields, 'groupId' | 'subjectId'>): EvaluationFields => ({
  periodId: input.periodId,
  title: input.title,
  date: input.date,
  kind: input.kind,
  coefficient: input.coefficient,
  scale: input.scale,
  unitCode: input.unitCode,
});

/**
 * Refuses a change or a deletion made from a stale read of an evaluation (shared/api/versions.ts),
 * showing it as it now is and who changed it (the audit log).
 */
function assertEvaluationFresh(
  db: Db,
  evaluation: EvaluationRow,
  expected: string | undefined,
  kind: 'save' | 'delete',
): void {
  assertFresh(
    evaluation.updatedAt,
    expected,
    () => {
      const now = staleFr.evaluationNow(evaluation);
      const last = lastChange(db, `evaluation:${evaluation.id}`);
      return kind === 'delete'
        ? staleFr.staleEvaluationDelete(last, now)
        : staleFr.staleEvaluation(last, now);
    },
    STALE_FIELD,
  );
}

function isManager(user: User): boolean {
  return user.role === 'admin' || user.role === 'manager';
}

export const evaluationsHandlers: HandlersOf<
  'evaluations.list' | 'evaluations.create' | 'evaluations.update' | 'evaluations.delete'
> = {
  'evaluations.list': ({ groupId, subjectId, periodId }, { db }) => {
    groupFacts(db, groupId);
    return listEvaluations(db, groupId, subjectId ?? null, periodId ?? null).map(toEvaluation);
  },

  'evaluations.create': (input, ctx) => {
    const user = requireUser(ctx);
    const facts = writableSheet(ctx.db, user, input.groupId, input.subjectId, input.periodId);
    const fields = fieldsOf(input);
    checkFields(ctx.db, facts, fields);
    const id = insertEvaluation(
      ctx.db,
      { ...fields, groupId: input.groupId, subjectId: input.subjectId },
      user.id,
      ctx.now.toISOString(),
    );
    auditCall(ctx, 'evaluations.create', `evaluation:${id}`, { ...fields });
    return toEvaluation(existingEvaluation(ctx.db, id));
  },

  'evaluations.update': (input, ctx) => {
    const user = requireUser(ctx);
    const before = existingEvaluation(ctx.db, input.id);
    // Both the sheet it leaves and the one it joins must be open to the caller.
    assertSheetWritable(ctx.db, user, evaluationFacts(ctx.db, before));
    assertEvaluationFresh(ctx.db, before, input.expectedUpdatedAt, 'save');
    const facts = writableSheet(ctx.db, user, before.groupId, before.subjectId, input.periodId);
    const fields = fieldsOf(input);
    checkFields(ctx.db, facts, fields);
    const highest = highestMark(ctx.db, before.id);
    if (highest !== null && highest > fields.scale) throw invalid('scale', t.scaleBelowMarks(highest));
    updateEvaluation(ctx.db, before.id, fields, nextVersion(before.updatedAt, ctx.now));
    auditCall(ctx, 'evaluations.update', `evaluation:${before.id}`, {
      before: toEvaluation(before),
      after: fields,
    });
    return toEvaluation(existingEvaluation(ctx.db, before.id));
  },

  'evaluations.delete': ({ id, force, expectedUpdatedAt }, ctx) =>
    deleteOne(ctx, id, force, expectedUpdatedAt),
};

function deleteOne(ctx: HandlerContext, id: number, force: boolean, expected: string | undefined) {
  const user = requireUser(ctx);
  const evaluation = existingEvaluation(ctx.db, id);
  assertSheetWritable(ctx.db, user, evaluationFacts(ctx.db, evaluation));
  assertEvaluationFresh(ctx.db, evaluation, expected, 'delete');
  const marks = evaluationMarks(ctx.db, id);
  if (marks.length > 0) {
    if (!force) throw conflict(t.evaluationHasMarks(evaluation.title, marks.length));
    if (!isManager(user)) throw forbidden(t.forceManagersOnly);
  }
  deleteEvaluation(ctx.db, id);
  // The marks and their history go with the evaluation: the audit keeps what they were.
  auditCall(ctx, 'evaluations.delete', `evaluation:${id}`, {
    evaluation: toEvaluation(evaluation),
    marks: marks.map((m) => ({ learnerId: m.learnerId, value: formatMarkEntry(m.entry) })),
  });
  return { id, deletedMarks: marks.length };
}
