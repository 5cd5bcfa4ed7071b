import { describe, expect, it } from 'vitest';
import {
  formatMark,
  formatMarkEntry,
  MARK_CODES,
  parseMarkInput,
  parsePastedMarks,
  type MarkInputResult,
} from '../../shared/domain/marks';

const mark = (value: number): MarkInputResult => ({ ok: true, value: { kind: 'mark', mark: value } });
const reason = (result: MarkInputResult) => (result.ok ? null : result.reason);

describe('parseMarkInput: numbers', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['12', 12],
    [' 8 ', 8],
    ['\u00a014,25\t', 14.25],
    ['0', 0],
    ['20', 20],
    ['20,00', 20],
    ['12,50', 12.5],
    ['12,500', 12.5],
    [',5', 0.5],
    ['07', 7],
    ['15,75', 15.75],
    ['9,99', 9.99],
  ])('reads « %s » as %d', (text, value) => {
    expect(parseMarkInput(text)).toEqual(mark(value));
  });

  it('refuses a mark above the scale, naming the scale', () => {
    expect(reason(parseMarkInput('20,01'))).toBe('Note supérieure au barème (/20)');
    expect(reason(parseMarkInput('21'))).toBe('Note supérieure au barème (/20)');
    expect(reason(parseMarkInput('12', 10))).toBe('Note supérieure au barème (/10)');
    expect(reason(parseMarkInput('7,5', 7.5))).toBeNull();
    expect(reason(parseMarkInput('7,75', 7.5))).toBe('Note supérieure au barème (/7,5)');
  });

  it('accepts marks up to another scale', () => {
    expect(parseMarkInput('38,5', 40)).toEqual(mark(38.5));
    expect(parseMarkInput('40', 40)).toEqual(mark(40));
    expect(parseMarkInput('10', 10)).toEqual(mark(10));
  });

  it('refuses negative marks', () => {
    expect(reason(parseMarkInput('-1'))).toBe('Une note ne peut pas être négative.');
    expect(reason(parseMarkInput('−0,5'))).toBe('Une note ne peut pas être négative.');
  });

  it('refuses more than two decimals (quarter points are fine)', () => {
    expect(reason(parseMarkInput('12,125'))).toBe('Deux décimales au plus : « 12,125 » (ex. 12,25).');
    expect(parseMarkInput('12,75')).toEqual(mark(12.75));
  });

  it.each(['x', '12,', ',', '1 2', '12/20', '1e1', 'abs.', '12,5,5', '++', 'NaN', 'Infinity'])(
    'refuses « %s » with the list of what is accepted',
    (text) => {
      expect(reason(parseMarkInput(text))).toBe(
        `Valeur non reconnue : « ${text} ». Saisissez une note, ABS, ABJ, DISP ou NN.`,
      );
    },
  );

  it('throws on a scale the contract would never let through', () => {
    expect(() => parseMarkInput('1', 0)).toThrow(RangeError);
    expect(() => parseMarkInput('1', Number.NaN)).toThrow(RangeError);
  });
});

describe('parseMarkInput: codes and empty cells', () => {
  it.each(MARK_CODES.flatMap((code) => [code, code.toLowerCase(), ` ${code} `]))(
    'reads the code « %s »',
    (text) => {
      expect(parseMarkInput(text)).toEqual({
        ok: true,
        value: { kind: 'code', code: text.trim().toUpperCase() },
      });
    },
  );

  it('reads "Abs" and "Abj" whatever the case', () => {
    expect(parseMarkInput('Abs')).toEqual({ ok: true, value: { kind: 'code', code: 'ABS' } });
    expect(parseMarkInput('aBj')).toEqual({ ok: true, value: { kind: 'code', code: 'ABJ' } });
  });

  it('reads an empty or blank cell as clearing it', () => {
    for (const text of ['', '   ', '\t'])
      expect(parseMarkInput(text)).toEqual({ ok: true, value: { kind: 'empty' } });
  });
});

describe('parsePastedMarks', () => {
  it('reads a column copied from a spreadsheet, with French decimals and the trailing line break', () => {
    expect(parsePastedMarks('12,5\r\n8\r\nABS\r\n14,25\r\n')).toEqual([
      [mark(12.5)],
      [mark(8)],
      [{ ok: true, value: { kind: 'code', code: 'ABS' } }],
      [mark(14.25)],
    ]);
  });

  it('reads a block: tabs between columns, LF between rows', () => {
    const grid = parsePastedMarks('12\t13,5\n\tnn\n');
    expect(grid).toEqual([
      [mark(12), mark(13.5)],
      [
        { ok: true, value: { kind: 'empty' } },
        { ok: true, value: { kind: 'code', code: 'NN' } },
      ],
    ]);
  });

  it('keeps an empty line inside the block as a row that clears, and drops only the last line break', () => {
    expect(parsePastedMarks('12\n\n14\n')).toEqual([
      [mark(12)],
      [{ ok: true, value: { kind: 'empty' } }],
      [mark(14)],
    ]);
    expect(parsePastedMarks('12\r14')).toEqual([[mark(12)], [mark(14)]]);
  });

  it('gives each bad cell its own reason and the good ones their value', () => {
    const grid = parsePastedMarks('12\t25\nabc\t9.5\n', 20);
    expect(grid[0]![0]).toEqual(mark(12));
    expect(reason(grid[0]![1]!)).toBe('Note supérieure au barème (/20)');
    expect(reason(grid[1]![0]!)).toBe(
      'Valeur non reconnue : « abc ». Saisissez une note, ABS, ABJ, DISP ou NN.',
    );
    expect(grid[1]![1]).toEqual(mark(9.5));
  });

  it('reads the pasted marks against the evaluation’s scale', () => {
    expect(parsePastedMarks('35\n41\n', 40).map((row) => row[0]!.ok)).toEqual([true, false]);
  });

  it('reads cells a spreadsheet quoted', () => {
    expect(parsePastedMarks('"12,5"\t"ABJ"')).toEqual([
      [mark(12.5), { ok: true, value: { kind: 'code', code: 'ABJ' } }],
    ]);
  });

  it('reads nothing from an empty paste, and one empty cell from a copied empty cell', () => {
    expect(parsePastedMarks('')).toEqual([]);
    expect(parsePastedMarks('\r\n')).toEqual([[{ ok: true, value: { kind: 'empty' } }]]);
  });
});

describe('formatMark and formatMarkEntry', () => {
  it('writes marks as the cell shows them, in French', () => {
    expect([12.5, 12, 0, 20, 14.25, 9.99].map(formatMark)).toEqual([
      '12,5',
      '12',
      '0',
      '20',
      '14,25',
      '9,99',
    ]);
  });
  it('writes codes as codes and an empty cell as nothing', () => {
    expect(formatMarkEntry({ kind: 'code', code: 'DISP' })).toBe('DISP');
    expect(formatMarkEntry({ kind: 'empty' })).toBe('');
    expect(formatMarkEntry({ kind: 'mark', mark: 7.75 })).toBe('7,75');
  });
});
