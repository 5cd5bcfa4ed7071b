import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { Evaluation } from '../../../shared/api/marks';
import type { DisplayRounding } from '../../../shared/domain/marks';
import { ActiveCellTooltip, CellDescriptions } from './CellNotes';
import { cellId } from './display';
import { type CellPos, jumped, keyAction, moved } from './grid-keys';
import { GridFooter, GridHeader } from './GridFrame';
import { GridRow } from './GridRow';
import { SheetTable } from './grid-styles';
import {
  type PastePlan,
  type PlannedChange,
  planClear,
  planFillDown,
  planPaste,
  selectionText,
} from './sheet-edits';
import { draftsOf, type SheetState, shownText } from './sheet-state';
import { SHEET_DATA_MARK } from './useMarkSheet';
import { useGridCursor } from './useGridCursor';

/** Measured from the sheet's data arriving to the grid painted (see SHEET_DATA_MARK). */
export const SHEET_RENDER_MEASURE = 'carnet:mark-sheet-render';

export interface MarkGridProps {
  state: SheetState;
  label: string;
  readOnly: boolean;
  rounding: DisplayRounding;
  onCommit(row: number, col: number, text: string): boolean;
  onApply(changes: PlannedChange[], source: 'fill' | 'sheet'): void;
  onPaste(plan: PastePlan): void;
  onDiscard(row: number, col: number): void;
  onUndo(): void;
  onEditEvaluation?(evaluation: Evaluation): void;
  onHistory(row: number, col: number): void;
  onActiveChange(pos: CellPos | null): void;
}

/**
 * The mark sheet: a plain table with grid semantics (role="grid", one focusable cell at a time)
 * whose rows are memoised, rather than MUI's DataGrid: 30 × 40 cells need no virtualisation,
 * and spreadsheet keys, block selection, paste and per-cell states are simpler to own here than
 * to bend the DataGrid's cell editing into.
 */
export function MarkGrid(props: MarkGridProps) {
  const { state, readOnly, rounding, onCommit, onApply, onPaste, onDiscard, onUndo, onHistory } = props;
  const gridId = useId().replace(/:/g, '');
  const evaluations = state.sheet.evaluations;
  const rows = state.rows.length;
  const cols = evaluations.length;
  const { cursor, ref, active, range, single, setCursor, setEditText, focusWantedRef } = useGridCursor(
    rows,
    cols,
  );
  const dragging = useRef(false);

  const view = useMemo(
    () => ({
      rows,
      cols,
      scaleOf: (col: number) => evaluations[col]?.scale ?? 20,
      textAt: (row: number, col: number) => state.rows[row]?.texts[col] ?? '',
    }),
    [rows, cols, evaluations, state.rows],
  );

  // F2 on a cell refused for a conflict offers what was typed, to send it deliberately.
  const editText = (pos: CellPos) => {
    const draft = state.rows[pos.row]?.drafts[pos.col];
    return draft?.status === 'conflict' ? draft.text : shownText(state.rows[pos.row], pos.col);
  };

  /** Closes the open editor by saving what it holds; false when the value was refused. */
  const commitEditing = useCallback((): boolean => {
    const { editing, active: at } = ref.current;
    if (!editing) return true;
    const accepted = onCommit(at.row, at.col, editing.text);
    setCursor((c) => ({ ...c, editing: null }));
    return accepted;
  }, [onCommit, ref, setCursor]);

  const onEditorBlur = useCallback(() => {
    // Focus left the editor for elsewhere (a click outside the grid): keep what was typed.
    if (ref.current.editing) commitEditing();
  }, [commitEditing, ref]);

  function onKeyDown(e: React.KeyboardEvent<HTMLTableElement>) {
    if (rows === 0 || cols === 0 || (e.target as HTMLElement).tagName === 'BUTTON') return;
    const press = { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, alt: e.altKey };
    const editing = ref.current.editing;
    const action = keyAction(press, editing?.mode ?? null, readOnly);
    if (!action) return;
    const at = active;
    switch (action.type) {
      case 'move': {
        if (editing) {
          e.preventDefault();
          if (!commitEditing()) return;
        }
        const next = moved(at, action.dRow, action.dCol, rows, cols);
        // Tab at the grid's edge leaves it, so the keyboard is never trapped.
        if (e.key === 'Tab' && !editing && next.row === at.row && next.col === at.col) return;
        e.preventDefault();
        setCursor((c) => ({ anchor: action.extend ? c.anchor : next, active: next, editing: null }));
        return;
      }
      case 'jump': {
        e.preventDefault();
        const next = jumped(at, action.to, rows, cols);
        setCursor({ anchor: next, active: next, editing: null });
        return;
      }
      case 'edit':
        e.preventDefault();
        setCursor({
          anchor: at,
          active: at,
          editing: { mode: action.text === null ? 'inplace' : 'replace', text: action.text ?? editText(at) },
        });
        return;
      case 'cancel':
        e.preventDefault();
        if (editing) setCursor((c) => ({ ...c, editing: null }));
        else onDiscard(at.row, at.col);
        return;
      case 'clear':
        e.preventDefault();
        onApply(planClear(range, view), 'sheet');
        return;
      case 'fillDown':
        e.preventDefault();
        onApply(planFillDown(range, view), 'fill');
        return;
      case 'undo':
        e.preventDefault();
        onUndo();
        return;
      case 'selectAll':
        e.preventDefault();
        setCursor({ anchor: { row: 0, col: 0 }, active: { row: rows - 1, col: cols - 1 }, editing: null });
        return;
    }
  }

  function cellAt(target: EventTarget): CellPos | null {
    const td = (target as HTMLElement).closest?.('td[data-row]');
    if (!(td instanceof HTMLElement)) return null;
    return { row: Number(td.dataset.row), col: Number(td.dataset.col) };
  }

  function onMouseDown(e: React.MouseEvent) {
    const pos = cellAt(e.target);
    if (!pos || (e.target as HTMLElement).tagName === 'INPUT') return;
    e.preventDefault();
    if (ref.current.editing) commitEditing();
    if (e.button !== 0 && e.button !== 2) return;
    const extend = e.shiftKey && e.button === 0;
    setCursor((c) => ({ anchor: extend ? c.anchor : pos, active: pos, editing: null }));
    dragging.current = e.button === 0;
  }

  function onMouseOver(e: React.MouseEvent) {
    if (!dragging.current || e.buttons !== 1) return;
    const pos = cellAt(e.target);
    if (pos) setCursor((c) => ({ ...c, active: pos, editing: null }));
  }

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  function onDoubleClick(e: React.MouseEvent) {
    const pos = cellAt(e.target);
    if (!pos || readOnly || (e.target as HTMLElement).tagName === 'INPUT') return;
    setCursor({ anchor: pos, active: pos, editing: { mode: 'inplace', text: editText(pos) } });
  }

  function onContextMenu(e: React.MouseEvent) {
    const pos = cellAt(e.target);
    if (!pos || ref.current.editing) return;
    e.preventDefault();
    onHistory(pos.row, pos.col);
  }

  function onPasteEvent(e: React.ClipboardEvent) {
    if (readOnly || rows === 0 || cols === 0) return;
    const text = e.clipboardData.getData('text/plain');
    const block = /[\t\r\n]/.test(text.replace(/(\r\n|\r|\n)$/, ''));
    if (ref.current.editing && !block) return; // into the editor, as any text field
    e.preventDefault();
    const target = ref.current.editing
      ? { top: active.row, bottom: active.row, left: active.col, right: active.col }
      : range;
    if (ref.current.editing) setCursor((c) => ({ ...c, editing: null }));
    const plan = planPaste(text, target, view);
    const cells = plan.changes.length + plan.refused.length + plan.unchanged + plan.outside;
    if (cells === 1 && plan.outside === 0) {
      // One value into one cell: as if typed (refused in the cell, saved at once).
      const only = plan.changes[0] ?? plan.refused[0];
      if (only) onCommit(only.row, only.col, text);
      return;
    }
    onPaste(plan);
  }

  function onCopy(e: React.ClipboardEvent) {
    if (ref.current.editing) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', selectionText(range, view));
  }

  // The focus follows the active cell after a key or a click (never on its own, so loading a
  // sheet does not steal it); the open editor focuses itself.
  useLayoutEffect(() => {
    if (!focusWantedRef.current || cursor.editing) return;
    focusWantedRef.current = false;
    document.getElementById(cellId(gridId, active.row, active.col))?.focus();
  }, [cursor, active.row, active.col, gridId, focusWantedRef]);

  const { onActiveChange } = props;
  const { row: activeRow, col: activeCol } = active;
  useEffect(
    () => onActiveChange(rows && cols ? { row: activeRow, col: activeCol } : null),
    [activeRow, activeCol, rows, cols, onActiveChange],
  );

  // From the data's arrival (marked by useMarkSheet) to the first paint of this sheet.
  useEffect(() => {
    if (performance.getEntriesByName(SHEET_DATA_MARK).length === 0) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.measure(SHEET_RENDER_MEASURE, SHEET_DATA_MARK);
        performance.clearMarks(SHEET_DATA_MARK);
      }, 0),
    );
  }, [state.sheet]);

  const drafts = useMemo(() => draftsOf(state), [state]);

  return (
    <>
      <SheetTable
        role="grid"
        aria-label={props.label}
        aria-readonly={readOnly || undefined}
        onKeyDown={onKeyDown}
        onMouseDown={onMouseDown}
        onMouseOver={onMouseOver}
        onDoubleClick={onDoubleClick}
        onContextMenu={onContextMenu}
        onPaste={onPasteEvent}
        onCopy={onCopy}
      >
        <GridHeader evaluations={evaluations} onEdit={props.onEditEvaluation} />
        <tbody>
          {state.rows.map((row, r) => {
            const inSel = !single && r >= range.top && r <= range.bottom;
            const isActive = r === active.row;
            return (
              <GridRow
                key={row.learner.id}
                gridId={gridId}
                index={r}
                row={row}
                evaluations={evaluations}
                readOnly={readOnly}
                rounding={rounding}
                activeCol={isActive ? active.col : -1}
                selLeft={inSel ? range.left : -1}
                selRight={inSel ? range.right : -2}
                editing={isActive ? cursor.editing : null}
                onEditText={setEditText}
                onEditorBlur={onEditorBlur}
              />
            );
          })}
        </tbody>
        <GridFooter statistics={state.statistics} rows={state.rows} rounding={rounding} />
      </SheetTable>
      <CellDescriptions gridId={gridId} drafts={drafts} />
      <ActiveCellTooltip
        anchorId={cellId(gridId, active.row, active.col)}
        draft={state.rows[active.row]?.drafts[active.col] ?? null}
        hidden={!!cursor.editing}
      />
    </>
  );
}
