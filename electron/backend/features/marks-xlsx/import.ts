import type { User } from '../../../../shared/api/auth';
import type { ErrorCode } from '../../../../shared/api/result';
import type { ImportChange, ImportRefusal, MarksImport } from '../../../../shared/api/marks-xlsx';
import { formatMarkEntry, type MarkEntry, parseMarkInput } from '../../../../shared/domain/marks/mark-input';
import { marksXlsxFr as t } from '../../../../shared/i18n/fr/marks-xlsx';
import { auditCall } from '../../audit';
import { type HandlerContext, requireUser } from '../../context';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { type EvaluationRow, findEvaluation } from '../marks/evaluations-repository';
import { cellLearnerRefusal, writeCell } from '../marks/save';
import { learnerName } from '../marks/repository';
import { loadSheetFacts, type SheetFacts, sheetWriteRefusal } from '../marks/sheet';
import { cellKey } from './layout';
import { cellState } from './repository';
import type { FileCell, ParsedWorkbook } from './workbook-read';

/**
 * Reads a workbook's cells against Carnet, inside the transaction: what changed since the export,
 * what is refused and why (the mark sheet's own rules: parseMarkInput against the evaluation's
 * scale, who teaches what, archived cohorts, closed periods, group membership), and the cells
 * Carnet changed after the export (conflicts). On a real run, every accepted change is written
 * with its history line (source 'import'); one refusal and nothing is.
 */

interface Refusal extends ImportRefusal {
  code: ErrorCode;
}

interface Accepted {
  change: ImportChange;
  entry: MarkEntry;
}

/** Per evaluation, what it stands on and whether the caller may write it (loaded once). */
interface EvaluationFacts {
  evaluation: EvaluationRow;
  facts: SheetFacts;
  refusal: AppError | null;
}

function evaluationFacts(db: Db, user: User, cache: Map<number, EvaluationFacts | null>, id: number) {
  if (!cache.has(id)) {
    const evaluation = findEvaluation(db, id);
    if (!evaluation) cache.set(id, null);
    else {
      const facts = loadSheetFacts(db, evaluation.groupId, evaluation.subjectId, evaluation.periodId);
      cache.set(id, { evaluation, facts, refusal: sheetWriteRefusal(db, user, facts) });
    }
  }
  return cache.get(id) ?? null;
}

export function runImport(
  ctx: HandlerContext,
  parsed: ParsedWorkbook,
  options: { dryRun: boolean; overwriteConflicts: boolean },
): MarksImport {
  const { db } = ctx;
  const user = requireUser(ctx);
  const cache = new Map<number, EvaluationFacts | null>();
  const names = new Map<number, string | null>();
  const nameOf = (id: number) => {
    if (!names.has(id)) names.set(id, learnerName(db, id));
    return names.get(id) ?? null;
  };
  const refusals: Refusal[] = [];
  const accepted: Accepted[] = [];
  let unchanged = 0;

  const refuse = (cell: FileCell, reason: string, code: ErrorCode, evaluationTitle: string | null = null) =>
    refusals.push({
      sheet: cell.sheet,
      cell: cell.address,
      learnerName: cell.learnerId === null ? null : nameOf(cell.learnerId),
      evaluationTitle,
      value: cell.text,
      reason,
      code,
    });

  for (const cell of parsed.cells) {
    if (cell.learnerId === null) {
      if (cell.text !== '') refuse(cell, t.unknownRow(cell.line), 'INVALID_INPUT');
      continue;
    }
    const base = parsed.baseline.get(cellKey(cell.evaluationId, cell.learnerId));
    if (!base) {
      if (cell.text !== '') refuse(cell, t.outsideExport, 'INVALID_INPUT');
      continue;
    }
    const known = evaluationFacts(db, user, cache, cell.evaluationId);
    if (!known) {
      if (cell.text !== base.value) refuse(cell, t.evaluationGone, 'NOT_FOUND');
      continue;
    }
    const { evaluation, facts, refusal } = known;
    const read = parseMarkInput(cell.text, evaluation.scale);
    if (!read.ok) {
      refuse(cell, read.reason, 'INVALID_INPUT', evaluation.title);
      continue;
    }
    const newValue = formatMarkEntry(read.value);
    if (newValue === base.value) {
      unchanged++;
      continue;
    }
    if (refusal) {
      refuse(cell, refusal.message, refusal.code, evaluation.title);
      continue;
    }
    const notOnSheet = cellLearnerRefusal(db, facts, cell.learnerId);
    if (notOnSheet) {
      refuse(cell, notOnSheet.message, notOnSheet.code, evaluation.title);
      continue;
    }
    const learner = nameOf(cell.learnerId)!;
    const now = cellState(db, cell.evaluationId, cell.learnerId);
    const current = now ? formatMarkEntry(now.entry) : '';
    if (current === newValue) {
      // Carnet already holds what the file says: nothing to write, nothing in conflict.
      unchanged++;
      continue;
    }
    const changedSince = current !== base.value || (now?.updatedAt ?? null) !== base.updatedAt;
    accepted.push({
      entry: read.value,
      change: {
        sheet: cell.sheet,
        cell: cell.address,
        evaluationId: evaluation.id,
        evaluationTitle: evaluation.title,
        subjectName: evaluation.subjectName,
        learnerId: cell.learnerId,
        learnerName: learner,
        oldValue: current,
        newValue,
        conflict: changedSince
          ? {
              exportedValue: base.value,
              changedAt: now?.updatedAt ?? null,
              changedBy: now?.updatedBy ?? null,
            }
          : null,
        applied: !changedSince || options.overwriteConflicts,
      },
    });
  }

  if (!options.dryRun && refusals.length > 0) {
    const first = refusals[0]!;
    throw new AppError(
      first.code,
      t.refused(refusals.length, t.refusedCell(first.sheet, first.cell, first.reason)),
    );
  }
  let applied = 0;
  if (!options.dryRun) {
    const at = ctx.now.toISOString();
    for (const { change, entry } of accepted) {
      if (!change.applied) continue;
      const { evaluationId, learnerId } = change;
      if (writeCell(db, user, at, { evaluationId, learnerId, entry, source: 'import' })) applied++;
    }
    auditCall(ctx, 'marks.importXlsx', `export:${parsed.exportedAt}`, {
      applied,
      skippedConflicts: accepted.filter((a) => !a.change.applied).length,
    });
  }
  return {
    dryRun: options.dryRun,
    exportedAt: parsed.exportedAt,
    changes: accepted.map((a) => a.change),
    refusals: refusals.map(({ code: _code, ...r }) => r),
    conflictCount: accepted.filter((a) => a.change.conflict).length,
    applied,
    unchanged,
  };
}
