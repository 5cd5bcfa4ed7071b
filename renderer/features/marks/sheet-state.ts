import type { Output } from '../../../shared/api/index';
import type { MarkSheet } from '../../../shared/api/marks';

/**
 * The mark sheet as the grid holds it: one object per learner row, replaced only when one of
 * its cells changes, so a save re-renders one row (rows are memoised) and not 1 200 cells.
 */

export type ChangeSource = 'sheet' | 'paste' | 'fill' | 'undo';
export type CellStatus = 'saving' | 'saved' | 'error' | 'invalid' | 'conflict';

/**
 * A cell whose shown text is not (yet) simply its saved value, or that was just saved. A
 * 'conflict' is a save refused because someone else changed the cell meanwhile: the cell shows
 * their value and the draft keeps what was typed (the message says both), to type again or send.
 */
export interface CellDraft {
  /** What was typed or pasted, kept whatever happens to the save. */
  text: string;
  status: CellStatus;
  /** The refusal's reason (invalid, error, conflict). */
  message: string | null;
  /** Where the change came from, to send it again the same way. */
  source: ChangeSource;
}

export type LearnerAverage = MarkSheet['averages'][number];
export type EvaluationStatistics = MarkSheet['evaluationStatistics'][number];
export type SheetLearner = MarkSheet['learners'][number];

export interface SheetRow {
  learner: SheetLearner;
  /** The saved text of each column's cell ("" when empty). */
  texts: readonly string[];
  /** Each cell's version token as last read or saved (shared/api/versions.ts; null: empty). */
  versions: readonly (string | null)[];
  drafts: readonly (CellDraft | null)[];
  average: LearnerAverage | null;
}

export interface SheetState {
  sheet: MarkSheet;
  rows: readonly SheetRow[];
  /** Per column, on the evaluation's own scale. */
  statistics: readonly (EvaluationStatistics | null)[];
  rowOf: ReadonlyMap<number, number>;
  colOf: ReadonlyMap<number, number>;
}

/**
 * The state of a freshly loaded sheet. Drafts kept from `previous` (refused values, failed
 * saves) stay in their cells: a reload never loses what was typed.
 */
export function fromSheet(
  sheet: MarkSheet,
  previous: SheetState | null = null,
  keep: (draft: CellDraft) => boolean = () => false,
): SheetState {
  const rowOf = new Map(sheet.learners.map((l, i) => [l.id, i]));
  const colOf = new Map(sheet.evaluations.map((e, i) => [e.id, i]));
  const cols = sheet.evaluations.length;
  const texts = sheet.learners.map(() => new Array<string>(cols).fill(''));
  const versions = sheet.learners.map(() => new Array<string | null>(cols).fill(null));
  for (const cell of sheet.cells) {
    const r = rowOf.get(cell.learnerId);
    const c = colOf.get(cell.evaluationId);
    if (r === undefined || c === undefined) continue;
    texts[r]![c] = cell.text;
    versions[r]![c] = cell.updatedAt;
  }
  const averageOf = new Map(sheet.averages.map((a) => [a.learnerId, a]));
  const statsOf = new Map(sheet.evaluationStatistics.map((s) => [s.evaluationId, s]));

  const rows = sheet.learners.map((learner, r) => {
    const drafts = sheet.evaluations.map((evaluation) => {
      const old = previous && draftAt(previous, learner.id, evaluation.id);
      return old && keep(old) ? old : null;
    });
    return {
      learner,
      texts: texts[r]!,
      versions: versions[r]!,
      drafts,
      average: averageOf.get(learner.id) ?? null,
    };
  });
  return {
    sheet,
    rows,
    statistics: sheet.evaluations.map((e) => statsOf.get(e.id) ?? null),
    rowOf,
    colOf,
  };
}

function draftAt(state: SheetState, learnerId: number, evaluationId: number): CellDraft | null {
  const r = state.rowOf.get(learnerId);
  const c = state.colOf.get(evaluationId);
  return r === undefined || c === undefined ? null : (state.rows[r]!.drafts[c] ?? null);
}

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  const copy = list.slice();
  copy[index] = value;
  return copy;
}

/** Sets (or, with null, removes) the draft of some cells, each row copied once. */
export function withDrafts(
  state: SheetState,
  cells: readonly { row: number; col: number }[],
  draftOf: (row: number, col: number) => CellDraft | null,
): SheetState {
  const rows = state.rows.slice();
  const copied = new Set<number>();
  for (const { row, col } of cells) {
    const current = rows[row];
    if (!current) continue;
    const drafts = copied.has(row) ? (current.drafts as (CellDraft | null)[]) : current.drafts.slice();
    drafts[col] = draftOf(row, col);
    if (!copied.has(row)) rows[row] = { ...current, drafts };
    copied.add(row);
  }
  return { ...state, rows };
}

/** A marks.save answer: the cell's saved text, its column's statistics, its learner's averages. */
export function withSavedCell(
  state: SheetState,
  answer: Output<'marks.save'>,
  source: ChangeSource,
): SheetState {
  const r = state.rowOf.get(answer.cell.learnerId);
  const c = state.colOf.get(answer.cell.evaluationId);
  if (r === undefined || c === undefined) return state;
  const row = state.rows[r]!;
  const pending = row.drafts[c];
  // A newer value typed while this one was on its way keeps its own "saving" state.
  const newer = pending?.status === 'saving' && pending.text !== answer.cell.text;
  const draft: CellDraft | null = newer
    ? pending
    : { text: answer.cell.text, status: 'saved', message: null, source };
  const rows = replaceAt(state.rows, r, {
    ...row,
    texts: replaceAt(row.texts, c, answer.cell.text),
    versions: replaceAt(row.versions, c, answer.cell.updatedAt),
    drafts: replaceAt(row.drafts, c, draft),
    average: answer.learnerAverage,
  });
  return { ...state, rows, statistics: replaceAt(state.statistics, c, answer.evaluationStatistics) };
}

/** What a cell shows: the typed draft, except after a conflict where the saved value is shown. */
export function shownText(row: SheetRow | undefined, col: number): string {
  const draft = row?.drafts[col];
  return draft && draft.status !== 'conflict' ? draft.text : (row?.texts[col] ?? '');
}

/** The version token the sheet holds for a cell (null: empty, or not on the sheet). */
export function versionAt(state: SheetState | null, evaluationId: number, learnerId: number): string | null {
  const r = state?.rowOf.get(learnerId);
  const c = state?.colOf.get(evaluationId);
  if (!state || r === undefined || c === undefined) return null;
  return state.rows[r]!.versions[c] ?? null;
}

/** Every draft in the sheet, with its place (for the sheet's status line and "Réessayer"). */
export function draftsOf(state: SheetState): { row: number; col: number; draft: CellDraft }[] {
  const found: { row: number; col: number; draft: CellDraft }[] = [];
  state.rows.forEach((row, r) =>
    row.drafts.forEach((draft, c) => {
      if (draft) found.push({ row: r, col: c, draft });
    }),
  );
  return found;
}
