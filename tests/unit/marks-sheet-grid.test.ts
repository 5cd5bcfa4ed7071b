import { describe, expect, it } from 'vitest';
import { keyAction, moved, jumped, type KeyPress } from '../../renderer/features/marks/grid-keys';
import {
  planClear,
  planFillDown,
  planPaste,
  selectionText,
  type SheetView,
} from '../../renderer/features/marks/sheet-edits';
import { marksRulesFr } from '../../shared/i18n/fr/marks-rules';

const key = (k: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key: k,
  shift: false,
  ctrl: false,
  alt: false,
  ...mods,
});

/** A sheet of `texts` (rows × columns), each column on its scale. */
function sheet(texts: string[][], scales: number[] = texts[0]!.map(() => 20)): SheetView {
  return {
    rows: texts.length,
    cols: scales.length,
    scaleOf: (col) => scales[col]!,
    textAt: (row, col) => texts[row]![col]!,
  };
}
const one = (row: number, col: number) => ({ top: row, bottom: row, left: col, right: col });

describe('the mark sheet keyboard', () => {
  it('Enter goes down, Shift+Enter up, Tab right, Shift+Tab left, editing or not', () => {
    for (const editing of [null, 'replace', 'inplace'] as const) {
      expect(keyAction(key('Enter'), editing, false)).toEqual({
        type: 'move',
        dRow: 1,
        dCol: 0,
        extend: false,
      });
      expect(keyAction(key('Enter', { shift: true }), editing, false)).toMatchObject({ dRow: -1, dCol: 0 });
      expect(keyAction(key('Tab'), editing, false)).toMatchObject({ dRow: 0, dCol: 1 });
      expect(keyAction(key('Tab', { shift: true }), editing, false)).toMatchObject({ dRow: 0, dCol: -1 });
    }
  });

  it('typing replaces the value, F2 keeps it, Esc cancels', () => {
    expect(keyAction(key('1'), null, false)).toEqual({ type: 'edit', text: '1' });
    expect(keyAction(key('a'), null, false)).toEqual({ type: 'edit', text: 'a' });
    expect(keyAction(key('F2'), null, false)).toEqual({ type: 'edit', text: null });
    expect(keyAction(key('Escape'), 'replace', false)).toEqual({ type: 'cancel' });
    // While editing, characters belong to the editor.
    expect(keyAction(key('1'), 'replace', false)).toBeNull();
  });

  it('arrows leave a typed cell, but move the caret of a cell edited in place', () => {
    expect(keyAction(key('ArrowLeft'), 'replace', false)).toMatchObject({ type: 'move', dCol: -1 });
    expect(keyAction(key('ArrowLeft'), 'inplace', false)).toBeNull();
    expect(keyAction(key('ArrowDown'), 'inplace', false)).toMatchObject({ type: 'move', dRow: 1 });
    expect(keyAction(key('ArrowDown', { shift: true }), null, false)).toMatchObject({ extend: true });
  });

  it('a read-only sheet moves but never writes', () => {
    expect(keyAction(key('ArrowDown'), null, true)).toMatchObject({ type: 'move' });
    for (const k of [
      key('1'),
      key('F2'),
      key('Delete'),
      key('d', { ctrl: true }),
      key('z', { ctrl: true }),
    ]) {
      expect(keyAction(k, null, true)).toBeNull();
    }
  });

  it('shortcuts: Ctrl+D fills down, Ctrl+Z undoes, Delete clears, Ctrl+A selects all', () => {
    expect(keyAction(key('d', { ctrl: true }), null, false)).toEqual({ type: 'fillDown' });
    expect(keyAction(key('z', { ctrl: true }), null, false)).toEqual({ type: 'undo' });
    expect(keyAction(key('Delete'), null, false)).toEqual({ type: 'clear' });
    expect(keyAction(key('a', { ctrl: true }), null, false)).toEqual({ type: 'selectAll' });
  });

  it('moves stay inside the grid; Ctrl+arrows and Home/End reach the edges', () => {
    expect(moved({ row: 29, col: 3 }, 1, 0, 30, 40)).toEqual({ row: 29, col: 3 });
    expect(moved({ row: 0, col: 0 }, 0, -1, 30, 40)).toEqual({ row: 0, col: 0 });
    expect(jumped({ row: 5, col: 3 }, 'bottom', 30, 40)).toEqual({ row: 29, col: 3 });
    expect(jumped({ row: 5, col: 3 }, 'rowEnd', 30, 40)).toEqual({ row: 5, col: 39 });
    expect(jumped({ row: 5, col: 3 }, 'gridStart', 30, 40)).toEqual({ row: 0, col: 0 });
  });
});

describe('pasting a block from a spreadsheet', () => {
  it('lists each changed cell old → new, reads French decimals and codes, refuses with the reason', () => {
    const view = sheet(
      [
        ['12', ''],
        ['', ''],
        ['8', ''],
        ['', ''],
      ],
      [20, 10],
    );
    const plan = planPaste('12\t5,5\n9,5\tabs\n7\t11\n', one(0, 0), view);
    expect(plan.changes).toEqual([
      { row: 0, col: 1, before: '', after: '5,5' },
      { row: 1, col: 0, before: '', after: '9,5' },
      { row: 1, col: 1, before: '', after: 'ABS' },
      { row: 2, col: 0, before: '8', after: '7' },
    ]);
    expect(plan.unchanged).toBe(1); // 12 was already there
    // 11 is above the second column's scale (/10), not the first's.
    expect(plan.refused).toEqual([{ row: 2, col: 1, reason: marksRulesFr.aboveScale(10) }]);
  });

  it('counts what falls beyond the last learner or evaluation', () => {
    const plan = planPaste(
      '1\t2\t3\n4\t5\t6',
      one(1, 1),
      sheet([
        ['', ''],
        ['', ''],
      ]),
    );
    expect(plan.changes.map((c) => c.after)).toEqual(['1']);
    expect(plan.outside).toBe(5);
  });

  it('fills a selection with one pasted value', () => {
    const plan = planPaste('NN\n', { top: 0, bottom: 2, left: 0, right: 0 }, sheet([[''], [''], ['']]));
    expect(plan.changes.map((c) => c.after)).toEqual(['NN', 'NN', 'NN']);
  });
});

describe('fill down, clear and copy', () => {
  const view = sheet([
    ['ABS', '12'],
    ['', '8'],
    ['14', ''],
    ['', ''],
  ]);

  it('several rows selected: the top value into every selected cell below', () => {
    expect(planFillDown({ top: 0, bottom: 2, left: 0, right: 0 }, view)).toEqual([
      { row: 1, col: 0, before: '', after: 'ABS' },
      { row: 2, col: 0, before: '14', after: 'ABS' },
    ]);
  });

  it('one cell selected: its value into the empty cells of the column below, never over a mark', () => {
    expect(planFillDown(one(0, 1), view)).toEqual([
      { row: 2, col: 1, before: '', after: '12' },
      { row: 3, col: 1, before: '', after: '12' },
    ]);
    expect(planFillDown(one(1, 0), view)).toEqual([]); // an empty cell fills nothing
  });

  it('Delete empties the selected cells that hold something; Ctrl+C copies tab-separated lines', () => {
    const all = { top: 0, bottom: 1, left: 0, right: 1 };
    expect(planClear(all, view).map((c) => [c.row, c.col])).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
    ]);
    expect(selectionText(all, view)).toBe('ABS\t12\n\t8');
  });
});
