import { STALE_FIELD } from '../../../../shared/api/versions';
import { formatMarkEntry, type MarkEntry } from '../../../../shared/domain/marks/mark-input';
import { concurrencyMarksFr as t } from '../../../../shared/i18n/fr/concurrency-marks';
import { isStale } from '../../concurrency/version';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { cellVersion, lastCellChange } from './cell-versions-repository';
import type { EvaluationRow } from './evaluations-repository';
import { findMark } from './marks-repository';
import { learnerName } from './repository';

/**
 * Optimistic concurrency on mark-sheet cells (shared/api/versions.ts): a cell saved from a stale
 * read is refused with what it holds now and who put it there. Asking for the value the cell
 * already holds is never a conflict: nothing would be written, nothing can be lost.
 */

interface CellSave {
  evaluation: EvaluationRow;
  learnerId: number;
  entry: MarkEntry;
  expected: string | null | undefined;
}

/** The cell's shown value now, when saving `entry` over it would change it and comes too late. */
function staleValue(db: Db, { evaluation, learnerId, entry, expected }: CellSave): string | null {
  if (expected === undefined) return null;
  const now = formatMarkEntry(findMark(db, evaluation.id, learnerId));
  if (now === formatMarkEntry(entry)) return null;
  return isStale(cellVersion(db, evaluation.id, learnerId), expected) ? now : null;
}

/** marks.save: refuses one cell saved from a stale read (CONFLICT on `expectedUpdatedAt`). */
export function assertCellFresh(db: Db, save: CellSave): void {
  const now = staleValue(db, save);
  if (now === null) return;
  const { evaluation, learnerId, entry } = save;
  const message = t.staleMark(
    learnerName(db, learnerId)!,
    evaluation.title,
    lastCellChange(db, evaluation.id, learnerId),
    now,
    formatMarkEntry(entry),
  );
  throw new AppError('CONFLICT', message, { [STALE_FIELD]: message });
}

/**
 * marks.saveMany: refuses the whole paste (fill, undo) when any of its cells was read stale,
 * naming each of them, with a per-cell message on `changes.<i>.expectedUpdatedAt`.
 */
export function assertCellsFresh(db: Db, saves: readonly (CellSave & { index: number })[]): void {
  const fields: Record<string, string> = {};
  const cells: string[] = [];
  for (const save of saves) {
    const now = staleValue(db, save);
    if (now === null) continue;
    const { evaluation, learnerId, entry, index } = save;
    const learner = learnerName(db, learnerId)!;
    const last = lastCellChange(db, evaluation.id, learnerId);
    fields[`changes.${index}.${STALE_FIELD}`] = t.staleMark(
      learner,
      evaluation.title,
      last,
      now,
      formatMarkEntry(entry),
    );
    cells.push(t.staleCell(learner, evaluation.title, last, now));
  }
  if (cells.length > 0) throw new AppError('CONFLICT', t.staleCells(cells), fields);
}
