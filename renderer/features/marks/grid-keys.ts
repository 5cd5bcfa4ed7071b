/**
 * The mark sheet's keyboard, as a pure function from a key press to what the grid does, so the
 * spreadsheet habits (Enter goes down, Tab right, typing replaces, F2 edits in place, Esc
 * cancels) are decided in one place and tested without a browser.
 */

export interface CellPos {
  row: number;
  col: number;
}

/**
 * How the cell being edited was opened: by typing (`replace`, the arrows leave the cell as in a
 * spreadsheet's "Entrer" mode) or by F2 / double-click (`inplace`, ← and → move the caret).
 */
export type EditMode = 'replace' | 'inplace';

export interface KeyPress {
  key: string;
  shift: boolean;
  /** Ctrl, or ⌘ on a Mac. */
  ctrl: boolean;
  alt: boolean;
}

export type GridAction =
  /** Move the active cell (committing an edit first); `extend` grows the selection instead. */
  | { type: 'move'; dRow: number; dCol: number; extend: boolean }
  /** Go to an edge: the row's first or last cell, or the grid's first or last cell. */
  | { type: 'jump'; to: Edge }
  /** Open the editor: `text` replaces the value (typing), null keeps it (F2). */
  | { type: 'edit'; text: string | null }
  | { type: 'cancel' }
  /** Empty the selected cells. */
  | { type: 'clear' }
  | { type: 'fillDown' }
  | { type: 'undo' }
  | { type: 'selectAll' };

/**
 * Home / End: the row's first or last cell; Ctrl+Home / Ctrl+End: the grid's corners;
 * Ctrl+arrows: the edge of the row or of the column, as in a spreadsheet.
 */
export type Edge = 'rowStart' | 'rowEnd' | 'top' | 'bottom' | 'gridStart' | 'gridEnd';

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** A key that types a character (not Enter, not a shortcut). */
export function isPrintable(press: KeyPress): boolean {
  return press.key.length === 1 && !press.ctrl && !press.alt;
}

/**
 * What a key does, given whether a cell is being edited and how. Null: the grid lets the key
 * alone (the editor's caret, the browser's own shortcuts). Writing actions are not produced on
 * a read-only sheet; moving still is.
 */
export function keyAction(press: KeyPress, editing: EditMode | null, readOnly: boolean): GridAction | null {
  const { key, shift, ctrl } = press;

  if (key === 'Enter') return { type: 'move', dRow: shift ? -1 : 1, dCol: 0, extend: false };
  if (key === 'Tab') return { type: 'move', dRow: 0, dCol: shift ? -1 : 1, extend: false };

  if (editing) {
    if (key === 'Escape') return { type: 'cancel' };
    const arrow = ARROWS[key];
    if (!arrow || ctrl || shift) return null;
    // In place, ← and → belong to the caret; ↑ and ↓ still leave the cell.
    if (editing === 'inplace' && arrow[0] === 0) return null;
    return { type: 'move', dRow: arrow[0], dCol: arrow[1], extend: false };
  }

  const arrow = ARROWS[key];
  if (arrow) {
    if (ctrl) return { type: 'jump', to: edgeOf(arrow) };
    return { type: 'move', dRow: arrow[0], dCol: arrow[1], extend: shift };
  }
  if (key === 'Home') return { type: 'jump', to: ctrl ? 'gridStart' : 'rowStart' };
  if (key === 'End') return { type: 'jump', to: ctrl ? 'gridEnd' : 'rowEnd' };
  if (ctrl && key.toLowerCase() === 'a') return { type: 'selectAll' };

  if (readOnly) return null;
  // Not editing, Esc drops what the active cell holds unsaved (a refused value) for the saved one.
  if (key === 'Escape') return { type: 'cancel' };
  if (key === 'F2') return { type: 'edit', text: null };
  if (key === 'Delete') return { type: 'clear' };
  if (key === 'Backspace') return { type: 'edit', text: '' };
  if (ctrl && !shift && key.toLowerCase() === 'd') return { type: 'fillDown' };
  if (ctrl && !shift && key.toLowerCase() === 'z') return { type: 'undo' };
  if (isPrintable(press)) return { type: 'edit', text: key };
  return null;
}

function edgeOf([dRow, dCol]: [number, number]): Edge {
  if (dCol < 0) return 'rowStart';
  if (dCol > 0) return 'rowEnd';
  return dRow < 0 ? 'top' : 'bottom';
}

/** The cell a move lands on, kept inside the grid (Enter on the last row stays there). */
export function moved(pos: CellPos, dRow: number, dCol: number, rows: number, cols: number): CellPos {
  return {
    row: Math.min(Math.max(pos.row + dRow, 0), Math.max(rows - 1, 0)),
    col: Math.min(Math.max(pos.col + dCol, 0), Math.max(cols - 1, 0)),
  };
}

export function jumped(pos: CellPos, to: Edge, rows: number, cols: number): CellPos {
  const lastRow = Math.max(rows - 1, 0);
  const lastCol = Math.max(cols - 1, 0);
  switch (to) {
    case 'rowStart':
      return { row: pos.row, col: 0 };
    case 'rowEnd':
      return { row: pos.row, col: lastCol };
    case 'top':
      return { row: 0, col: pos.col };
    case 'bottom':
      return { row: lastRow, col: pos.col };
    case 'gridStart':
      return { row: 0, col: 0 };
    case 'gridEnd':
      return { row: lastRow, col: lastCol };
  }
}

/** A rectangle of cells, corners included. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeOf(anchor: CellPos, active: CellPos): CellRange {
  return {
    top: Math.min(anchor.row, active.row),
    bottom: Math.max(anchor.row, active.row),
    left: Math.min(anchor.col, active.col),
    right: Math.max(anchor.col, active.col),
  };
}

export function inRange(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
