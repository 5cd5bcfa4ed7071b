import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { call } from '../../api';
import type { PlannedChange } from './sheet-edits';
import { readTyped } from './sheet-edits';
import { type CellChange, keyOf, SentVersions, staleCells, textAt } from './sheet-changes';
import {
  type CellDraft,
  type ChangeSource,
  draftsOf,
  fromSheet,
  type SheetState,
  withDrafts,
  withSavedCell,
} from './sheet-state';

export interface SheetKey {
  groupId: number;
  subjectId: number;
  periodId: number;
}

/** Performance marks: the grid measures from the data's arrival to its first paint. */
export const SHEET_DATA_MARK = 'carnet:mark-sheet-data';

const UNDO_DEPTH = 50;

/**
 * The mark sheet of a group × subject × period, and every change to it: each change is shown at
 * once in its cell ("saving"), sent in order (one queue, so answers never overtake each other and
 * the statistics they carry are always the latest), then shown saved with the statistics and
 * averages of the answer — or kept in the cell with the refusal when it fails. Each change sends
 * the version token of what was on screen (sheet-changes.ts); when someone else changed the cell
 * meanwhile, the sheet is read again, the cell shows their value and keeps what was typed
 * ('conflict') to type again or send deliberately (retry).
 */
export function useMarkSheet(key: SheetKey) {
  const { groupId, subjectId, periodId } = key;
  const keyText = `${groupId}-${subjectId}-${periodId}`;
  const sheetKey = useMemo(() => ({ groupId, subjectId, periodId }), [groupId, subjectId, periodId]);
  // Each piece of state remembers the sheet it belongs to: another key shows nothing stale.
  const [loaded, setState] = useState<SheetState | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const [undoState, setUndo] = useState({ key: keyText, depth: 0 });
  const [savedKey, setSavedKey] = useState<string | null>(null);
  const state = loaded && keyOf(loaded) === keyText ? loaded : null;
  const loadError = failure?.key === keyText ? failure.message : null;
  const undoDepth = undoState.key === keyText ? undoState.depth : 0;
  const anySaved = savedKey === keyText;
  const stateRef = useRef<SheetState | null>(null);
  const undoStack = useRef<CellChange[][]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const generation = useRef(0);
  const versions = useRef(new SentVersions());

  const update = useCallback((change: (s: SheetState) => SheetState) => {
    if (!stateRef.current) return;
    stateRef.current = change(stateRef.current);
    setState(stateRef.current);
  }, []);

  /**
   * Asks for the sheet; the answer is dropped when another sheet was asked for meanwhile. A
   * re-read keeps what is typed, refused or on its way, but not the "saved" marks: a saved cell
   * shows what the sheet now holds, perhaps a colleague's later value.
   */
  const fetchSheet = useCallback(
    (fresh: boolean) => {
      const mine = generation.current;
      return call('markSheet.get', sheetKey).then((result) => {
        if (mine !== generation.current) return;
        if (!result.ok) return setFailure({ key: keyText, message: result.error.message });
        performance.mark(SHEET_DATA_MARK);
        setFailure(null);
        const keep = (d: CellDraft) => d.status !== 'saved';
        stateRef.current = fromSheet(result.value, fresh ? null : stateRef.current, keep);
        setState(stateRef.current);
      });
    },
    [keyText, sheetKey],
  );

  useEffect(() => {
    generation.current++;
    stateRef.current = null;
    undoStack.current = [];
    versions.current = new SentVersions();
    void fetchSheet(true);
  }, [fetchSheet]);

  const reload = useCallback(() => void fetchSheet(false), [fetchSheet]);

  const place = useCallback((c: CellChange) => {
    const s = stateRef.current;
    const row = s?.rowOf.get(c.learnerId);
    const col = s?.colOf.get(c.evaluationId);
    return row === undefined || col === undefined ? null : { row, col };
  }, []);

  const setDrafts = useCallback(
    (changes: readonly CellChange[], draft: (c: CellChange) => CellDraft | null) => {
      const placed = changes.flatMap((c) => {
        const at = place(c);
        return at ? [{ ...at, change: c }] : [];
      });
      const byPlace = new Map(placed.map((p) => [`${p.row}:${p.col}`, p.change]));
      update((s) => withDrafts(s, placed, (row, col) => draft(byPlace.get(`${row}:${col}`)!)));
    },
    [place, update],
  );

  const pushUndo = useCallback(
    (changes: CellChange[]) => {
      if (changes.length === 0) return;
      undoStack.current = [...undoStack.current, changes].slice(-UNDO_DEPTH);
      setUndo({ key: keyText, depth: undoStack.current.length });
    },
    [keyText],
  );

  /** Sends changes in the queue's order: one cell with marks.save, several with marks.saveMany. */
  const send = useCallback(
    (changes: CellChange[], source: ChangeSource) => {
      if (changes.length === 0) return;
      const mine = generation.current;
      const captured = versions.current.capture(stateRef.current, changes);
      const expected = (i: number) => versions.current.expected(stateRef.current, changes[i]!, captured[i]!);
      setDrafts(changes, (c) => ({ text: c.after, status: 'saving', message: null, source }));
      const failed = (list: CellChange[], message: string) =>
        setDrafts(list, (c) => ({ text: c.after, status: 'error', message, source }));
      // Someone changed some of `sent` meanwhile (`stale`: by index in `changes`): read the sheet
      // again, keep what was typed; the cells sent with them get the refusal as an error.
      const conflicted = async (sent: CellChange[], stale: Map<number, string>, others: string) => {
        await fetchSheet(false);
        if (mine !== generation.current) return;
        const status = (c: CellChange) => (stale.has(changes.indexOf(c)) ? 'conflict' : 'error');
        const message = (c: CellChange) => stale.get(changes.indexOf(c)) ?? others;
        setDrafts(sent, (c) => ({ text: c.after, status: status(c), message: message(c), source }));
      };

      queue.current = queue.current.then(async () => {
        if (mine !== generation.current) return;
        if (source === 'sheet' || (source === 'undo' && changes.length === 1)) {
          const done: CellChange[] = [];
          for (const [i, c] of changes.entries()) {
            const result = await call('marks.save', {
              evaluationId: c.evaluationId,
              learnerId: c.learnerId,
              text: c.after,
              source: source === 'undo' ? 'undo' : 'sheet',
              expectedUpdatedAt: expected(i),
            });
            if (mine !== generation.current) return;
            if (!result.ok) {
              const stale = staleCells(result.error, 1);
              if (stale) await conflicted([c], new Map([[i, stale.get(0)!]]), result.error.message);
              else failed([c], result.error.message);
              continue;
            }
            versions.current.saved(c, result.value.cell.updatedAt);
            update((s) => withSavedCell(s, result.value, source));
            if (result.value.changed) done.push(c);
          }
          if (source !== 'undo') pushUndo(done);
          if (done.length > 0) setSavedKey(keyText);
          return;
        }
        const result = await call('marks.saveMany', {
          changes: changes.map((c, i) => ({
            evaluationId: c.evaluationId,
            learnerId: c.learnerId,
            text: c.after,
            expectedUpdatedAt: expected(i),
          })),
          source,
        });
        if (mine !== generation.current) return;
        if (!result.ok) {
          const stale = staleCells(result.error, changes.length);
          return stale ? conflicted(changes, stale, t.heldBack) : failed(changes, result.error.message);
        }
        stateRef.current = fromSheet(result.value, stateRef.current, () => true);
        setState(stateRef.current);
        versions.current.savedAll(stateRef.current, changes);
        setDrafts(changes, (c) => ({
          text: textAt(stateRef.current, c) ?? c.after,
          status: 'saved',
          message: null,
          source,
        }));
        if (source !== 'undo') pushUndo(changes);
        setSavedKey(keyText);
      });
    },
    [keyText, pushUndo, setDrafts, update, fetchSheet],
  );

  const toChanges = useCallback((planned: readonly PlannedChange[]): CellChange[] => {
    const s = stateRef.current;
    if (!s) return [];
    return planned.map((p) => ({
      evaluationId: s.sheet.evaluations[p.col]!.id,
      learnerId: s.rows[p.row]!.learner.id,
      before: p.before,
      after: p.after,
    }));
  }, []);

  /**
   * A value typed in a cell. Refused input stays in the cell in red with the reason and nothing
   * is sent (false: the grid keeps the cell active); the same value as saved sends nothing.
   */
  const commit = useCallback(
    (row: number, col: number, typed: string): boolean => {
      const s = stateRef.current;
      const evaluation = s?.sheet.evaluations[col];
      const current = s?.rows[row];
      if (!s || !evaluation || !current) return true;
      const read = readTyped(typed, evaluation.scale);
      const cell = [{ row, col }];
      if (!read.ok) {
        update((st) =>
          withDrafts(st, cell, () => ({
            text: typed,
            status: 'invalid',
            message: read.reason,
            source: 'sheet',
          })),
        );
        return false;
      }
      const before = current.texts[col]!;
      if (read.text === before) {
        const draft = current.drafts[col];
        if (draft && draft.status !== 'saving') update((st) => withDrafts(st, cell, () => null));
        return true;
      }
      send(toChanges([{ row, col, before, after: read.text }]), 'sheet');
      return true;
    },
    [send, toChanges, update],
  );

  /** Several cells at once: a paste or a fill down in one saveMany, a clear cell by cell. */
  const apply = useCallback(
    (planned: readonly PlannedChange[], source: 'paste' | 'fill' | 'sheet') =>
      send(toChanges(planned), source),
    [send, toChanges],
  );

  /** Esc on a refused or failed cell: back to its saved value. */
  const discard = useCallback(
    (row: number, col: number) => {
      const draft = stateRef.current?.rows[row]?.drafts[col];
      if (draft && draft.status !== 'saving') update((s) => withDrafts(s, [{ row, col }], () => null));
    },
    [update],
  );

  /** Puts back the values the last change replaced. */
  const undo = useCallback(() => {
    const last = undoStack.current.at(-1);
    if (!last) return;
    undoStack.current = undoStack.current.slice(0, -1);
    setUndo({ key: keyText, depth: undoStack.current.length });
    send(
      last.map((c) => ({ ...c, before: c.after, after: c.before })),
      'undo',
    );
  }, [send, keyText]);

  /**
   * Sends every failed cell again, the way it was first sent; a conflicted cell's typed value
   * goes over the value now shown (the person asked for it, having read it).
   */
  const retry = useCallback(() => {
    const s = stateRef.current;
    if (!s) return;
    const bySource = new Map<ChangeSource, PlannedChange[]>();
    for (const { row, col, draft } of draftsOf(s)) {
      if (draft.status !== 'error' && draft.status !== 'conflict') continue;
      const list = bySource.get(draft.source) ?? [];
      list.push({ row, col, before: s.rows[row]!.texts[col]!, after: draft.text });
      bySource.set(draft.source, list);
    }
    for (const [source, planned] of bySource) send(toChanges(planned), source);
  }, [send, toChanges]);

  return { state, loadError, reload, commit, apply, discard, undo, retry, canUndo: undoDepth > 0, anySaved };
}

export type MarkSheetModel = ReturnType<typeof useMarkSheet>;
