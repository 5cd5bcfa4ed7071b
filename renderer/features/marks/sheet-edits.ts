import { formatMarkEntry, parseMarkInput, parsePastedMarks } from '../../../shared/domain/marks';
import type { CellRange } from './grid-keys';

/**
 * What a paste, a fill down or a clear would change on the sheet, worked out before anything is
 * sent: the grid shows it (paste preview) or sends it as one marks.saveMany.
 */

/** What the plans need to know of the sheet: its size, each column's scale, each cell's saved text. */
export interface SheetView {
  rows: number;
  cols: number;
  scaleOf(col: number): number;
  textAt(row: number, col: number): string;
}

/** One cell that changes: its saved text and the new one, both as the cell shows them. */
export interface PlannedChange {
  row: number;
  col: number;
  before: string;
  after: string;
}

/** A pasted value the sheet refuses, with the rule's reason. */
export interface RefusedCell {
  row: number;
  col: number;
  reason: string;
}

export interface PastePlan {
  changes: PlannedChange[];
  refused: RefusedCell[];
  /** Cells that already held the pasted value. */
  unchanged: number;
  /** Pasted cells that fall beyond the last learner or the last evaluation, left out. */
  outside: number;
}

/**
 * A block pasted at the selection's top-left cell, each value read against its column's own
 * scale. One value pasted over a selection of several cells fills them all, as a spreadsheet does.
 */
export function planPaste(text: string, selection: CellRange, view: SheetView): PastePlan {
  const byScale = new Map<number, ReturnType<typeof parsePastedMarks>>();
  const parsedFor = (scale: number) => {
    let parsed = byScale.get(scale);
    if (!parsed) byScale.set(scale, (parsed = parsePastedMarks(text, scale)));
    return parsed;
  };
  const shape = parsedFor(view.scaleOf(selection.left));
  const single = shape.length === 1 && shape[0]!.length === 1;
  const height = single ? selection.bottom - selection.top + 1 : shape.length;
  const plan: PastePlan = { changes: [], refused: [], unchanged: 0, outside: 0 };

  for (let i = 0; i < height; i++) {
    const width = single ? selection.right - selection.left + 1 : shape[i]!.length;
    for (let j = 0; j < width; j++) {
      const row = selection.top + i;
      const col = selection.left + j;
      if (row >= view.rows || col >= view.cols) {
        plan.outside++;
        continue;
      }
      const result = single ? parsedFor(view.scaleOf(col))[0]![0]! : parsedFor(view.scaleOf(col))[i]![j]!;
      if (!result.ok) {
        plan.refused.push({ row, col, reason: result.reason });
        continue;
      }
      const before = view.textAt(row, col);
      const after = formatMarkEntry(result.value);
      if (before === after) plan.unchanged++;
      else plan.changes.push({ row, col, before, after });
    }
  }
  return plan;
}

/**
 * Ctrl+D. With several rows selected: each column's top value into the selected cells below it
 * (a spreadsheet's fill down). With one row selected: the active value into the EMPTY cells of
 * the column below it, so "NN for everyone not yet marked" takes one key and never overwrites.
 */
export function planFillDown(selection: CellRange, view: SheetView): PlannedChange[] {
  const changes: PlannedChange[] = [];
  const multiRow = selection.bottom > selection.top;
  for (let col = selection.left; col <= selection.right && col < view.cols; col++) {
    const source = view.textAt(selection.top, col);
    if (!multiRow && source === '') continue;
    const last = multiRow ? Math.min(selection.bottom, view.rows - 1) : view.rows - 1;
    for (let row = selection.top + 1; row <= last; row++) {
      const before = view.textAt(row, col);
      if (multiRow ? before !== source : before === '') changes.push({ row, col, before, after: source });
    }
  }
  return changes;
}

/** Delete: the selected cells that hold something, emptied. */
export function planClear(selection: CellRange, view: SheetView): PlannedChange[] {
  const changes: PlannedChange[] = [];
  for (let row = selection.top; row <= selection.bottom && row < view.rows; row++) {
    for (let col = selection.left; col <= selection.right && col < view.cols; col++) {
      const before = view.textAt(row, col);
      if (before !== '') changes.push({ row, col, before, after: '' });
    }
  }
  return changes;
}

/** The selection as a spreadsheet reads it back: tab between cells, a line per row. */
export function selectionText(selection: CellRange, view: SheetView): string {
  const lines: string[] = [];
  for (let row = selection.top; row <= selection.bottom; row++) {
    const cells: string[] = [];
    for (let col = selection.left; col <= selection.right; col++) cells.push(view.textAt(row, col));
    lines.push(cells.join('\t'));
  }
  return lines.join('\n');
}

/** The text a cell will show once typed: refused input keeps the reason, accepted input its form. */
export function readTyped(
  text: string,
  scale: number,
): { ok: true; text: string } | { ok: false; reason: string } {
  const result = parseMarkInput(text, scale);
  return result.ok ? { ok: true, text: formatMarkEntry(result.value) } : result;
}
