import { useCallback, useRef, useState } from 'react';
import { type CellPos, type CellRange, rangeOf } from './grid-keys';
import type { CellEditing } from './GridRow';

export interface Cursor {
  /** Where a Shift+move or a drag started; equal to `active` for a single cell. */
  anchor: CellPos;
  active: CellPos;
  editing: CellEditing | null;
}

const START: Cursor = { anchor: { row: 0, col: 0 }, active: { row: 0, col: 0 }, editing: null };

function clamp(pos: CellPos, rows: number, cols: number): CellPos {
  return {
    row: Math.min(pos.row, Math.max(rows - 1, 0)),
    col: Math.min(pos.col, Math.max(cols - 1, 0)),
  };
}

/**
 * The grid's cursor (active cell, selection, open editor), readable synchronously through a ref:
 * key and blur handlers must see the editor a previous event just closed, before React renders.
 */
export function useGridCursor(rows: number, cols: number) {
  const [cursor, setState] = useState<Cursor>(START);
  const ref = useRef<Cursor>(START);
  /** Set by a user action: the next render moves the focus to the active cell. */
  const focusWantedRef = useRef(false);

  const setCursor = useCallback((next: Cursor | ((c: Cursor) => Cursor), focus = true) => {
    ref.current = typeof next === 'function' ? next(ref.current) : next;
    if (focus) focusWantedRef.current = true;
    setState(ref.current);
  }, []);

  // Evaluations deleted or learners gone since: the cursor stays inside the grid.
  const active = clamp(cursor.active, rows, cols);
  const anchor = clamp(cursor.anchor, rows, cols);
  const range: CellRange = rangeOf(anchor, active);
  const single = range.top === range.bottom && range.left === range.right;

  const setEditText = useCallback(
    (text: string) => setCursor((c) => ({ ...c, editing: c.editing && { ...c.editing, text } }), false),
    [setCursor],
  );

  return { cursor, ref, active, anchor, range, single, setCursor, setEditText, focusWantedRef };
}
