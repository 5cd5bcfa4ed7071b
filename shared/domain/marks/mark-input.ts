import { marksRulesFr as t } from '../../i18n/fr/marks-rules';
import { roundHalfUp } from './rounding';

/**
 * What a user types in a cell of the mark sheet, or pastes from a spreadsheet: a mark on the
 * evaluation's scale ("12,5", "12.5", "12"), a code, or nothing (clears the cell).
 */

/**
 * ABS: unjustified absence (0 by default, a setting); ABJ: justified absence (neutralised);
 * DISP: exempt (neutralised); NN: not yet marked (the average is provisional).
 */
export const MARK_CODES = ['ABS', 'ABJ', 'DISP', 'NN'] as const;
export type MarkCode = (typeof MARK_CODES)[number];

export type MarkEntry = { kind: 'mark'; mark: number } | { kind: 'code'; code: MarkCode } | { kind: 'empty' };
export type MarkInputResult = { ok: true; value: MarkEntry } | { ok: false; reason: string };

/** Marks are out of 20 unless the evaluation says otherwise. */
export const DEFAULT_SCALE = 20;
/** Quarter points (12,25) need two decimals; more would be noise nobody means to type. */
export const MARK_DECIMALS = 2;

const NUMBER = /^(\d*)(?:[.,](\d*))?$/;
const NEGATIVE = /^[-\u2212]\s*\d/;

const ok = (value: MarkEntry): MarkInputResult => ({ ok: true, value });
const refused = (reason: string): MarkInputResult => ({ ok: false, reason });

function isMarkCode(text: string): text is MarkCode {
  return (MARK_CODES as readonly string[]).includes(text);
}

/** Throws on a scale that is not a positive number: the contract refuses those before here. */
function checkScale(max: number): void {
  if (!Number.isFinite(max) || max <= 0) throw new RangeError(`Invalid scale: ${max}`);
}

/**
 * A cell's text read against the evaluation's scale: 0 ≤ mark ≤ max with at most two decimals
 * (trailing zeros do not count: "12,50" is 12,5), codes in any case, surrounding spaces ignored.
 */
export function parseMarkInput(text: string, max: number = DEFAULT_SCALE): MarkInputResult {
  checkScale(max);
  const trimmed = text.trim();
  if (trimmed === '') return ok({ kind: 'empty' });

  const upper = trimmed.toUpperCase();
  if (isMarkCode(upper)) return ok({ kind: 'code', code: upper });

  if (NEGATIVE.test(trimmed)) return refused(t.negative);
  const m = NUMBER.exec(trimmed);
  // "12," and "," are not marks; ",5" is the half point people type on a numeric keypad.
  if (!m || m[2] === '') return refused(t.unknownValue(trimmed));
  const whole = m[1] ?? '';
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > MARK_DECIMALS) return refused(t.tooManyDecimals(trimmed));
  const mark = Number(`${whole || '0'}.${fraction || '0'}`);
  if (mark > max) return refused(t.aboveScale(max));
  return ok({ kind: 'mark', mark });
}

/**
 * A block copied from a spreadsheet: rows separated by CRLF, LF or CR, cells by tabs. The
 * line break spreadsheets add after the last row is not a row; an empty line inside the block
 * is a row of one empty cell (it clears, as pasting an empty cell does in a spreadsheet). A
 * cell the spreadsheet quoted ("12,5") is read without its quotes.
 */
export function parsePastedMarks(text: string, max: number = DEFAULT_SCALE): MarkInputResult[][] {
  checkScale(max);
  const rows = text.split(/\r\n|\r|\n/);
  if (rows[rows.length - 1] === '') rows.pop();
  return rows.map((row) => row.split('\t').map((cell) => parseMarkInput(unquote(cell), max)));
}

function unquote(cell: string): string {
  const m = /^\s*"(.*)"\s*$/s.exec(cell);
  return m ? m[1]!.replace(/""/g, '"') : cell;
}

/** A mark as the cell shows it and as parseMarkInput reads it back: 12.5 -> "12,5", 12 -> "12". */
export function formatMark(mark: number): string {
  return String(roundHalfUp(mark, 'hundredth')).replace('.', ',');
}

/** What the cell shows for an entry: "12,5", "ABS", or "" for an empty cell. */
export function formatMarkEntry(entry: MarkEntry): string {
  switch (entry.kind) {
    case 'mark':
      return formatMark(entry.mark);
    case 'code':
      return entry.code;
    case 'empty':
      return '';
  }
}
