import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countedMark,
  decideBts,
  formatMark,
  type MarkItem,
  parseMarkInput,
  ranks,
  roundHalfUp,
  subjectAverage,
  type UnitEntry,
} from '../../shared/domain/marks';
import { marks, nrcInput } from './marks-bts-fixtures';

/** Marks as people type them: hundredths on a scale of 10, 20, 40 or 100. */
const scaled = fc
  .constantFrom(10, 20, 40, 100)
  .chain((scale) => fc.record({ scale: fc.constant(scale), mark: fc.integer({ min: 0, max: scale * 100 }) }))
  .map(({ scale, mark }) => ({ scale, mark: mark / 100 }));
const coefficient = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(0.5, 1.5, 0.25, 0.1));
const markItem: fc.Arbitrary<MarkItem> = fc
  .record({ m: scaled, coefficient })
  .map(({ m, coefficient }) => ({ entry: { kind: 'mark', mark: m.mark }, scale: m.scale, coefficient }));
const codeItem: fc.Arbitrary<MarkItem> = fc
  .record({ code: fc.constantFrom('ABS', 'ABJ', 'DISP', 'NN'), coefficient })
  .map(({ code, coefficient }) => ({ entry: { kind: 'code', code }, coefficient }));
const neutralised: fc.Arbitrary<MarkItem> = fc
  .record({ kind: fc.constantFrom('ABJ', 'DISP', 'NN', 'empty'), coefficient })
  .map(({ kind, coefficient }) => ({
    entry: kind === 'empty' ? { kind: 'empty' } : { kind: 'code', code: kind },
    coefficient,
  }));

describe('properties of the averages', () => {
  it('an average lies between the lowest and the highest counted mark', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(markItem, codeItem), { maxLength: 40 }),
        fc.boolean(),
        (items, absZero) => {
          const settings = { absCountsAsZero: absZero };
          const counted = items
            .map((i) => countedMark(i.entry, i.scale, settings))
            .filter((m): m is number => m !== null);
          const { value } = subjectAverage(items, settings);
          if (counted.length === 0) {
            expect(value).toBeNull();
            return;
          }
          expect(value!).toBeGreaterThanOrEqual(Math.min(...counted));
          expect(value!).toBeLessThanOrEqual(Math.max(...counted));
        },
      ),
    );
  });

  it('adding a neutralised entry (ABJ, DISP, NN, empty; ABS when neutral) never changes the value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(markItem, codeItem), { maxLength: 30 }),
        neutralised,
        fc.nat(),
        (items, extra, at) => {
          const position = at % (items.length + 1);
          const more = [...items.slice(0, position), extra, ...items.slice(position)];
          expect(subjectAverage(more).value).toBe(subjectAverage(items).value);
          const neutral = { absCountsAsZero: false };
          const abs: MarkItem = { entry: { kind: 'code', code: 'ABS' }, coefficient: extra.coefficient };
          expect(subjectAverage([...items, abs], neutral).value).toBe(subjectAverage(items, neutral).value);
        },
      ),
    );
  });

  it('an average does not depend on the order of the evaluations', () => {
    fc.assert(
      fc.property(fc.array(markItem, { minLength: 1, maxLength: 40 }), fc.nat(), (items, seed) => {
        const shuffled = [...items].sort(
          (a, b) => ((items.indexOf(a) * 7919 + seed) % 97) - ((items.indexOf(b) * 7919 + seed) % 97),
        );
        expect(subjectAverage(shuffled).value).toBe(subjectAverage(items).value);
        expect(subjectAverage([...items].reverse()).value).toBe(subjectAverage(items).value);
      }),
    );
  });
});

describe('properties of ranks', () => {
  it('follow the averages: higher comes first, equal shares, rank = 1 + how many are higher', () => {
    const value = fc.option(
      fc.integer({ min: 0, max: 2000 }).map((n) => n / 100),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 35 }), (values) => {
        const r = ranks(values);
        values.forEach((v, i) => {
          if (v === null) {
            expect(r[i]).toBeNull();
            return;
          }
          expect(r[i]).toBe(1 + values.filter((w) => w !== null && w > v).length);
          values.forEach((w, j) => {
            if (w === null) return;
            if (v > w) expect(r[i]!).toBeLessThan(r[j]!);
            if (v === w) expect(r[i]).toBe(r[j]);
          });
        });
      }),
    );
  });
});

describe('properties of input and display', () => {
  it('parse(format(mark)) gives the mark back, for every hundredth of the scale', () => {
    fc.assert(
      fc.property(scaled, ({ scale, mark }) => {
        expect(parseMarkInput(formatMark(mark), scale)).toEqual({ ok: true, value: { kind: 'mark', mark } });
      }),
    );
  });

  it('reads a dot or a comma alike', () => {
    fc.assert(
      fc.property(scaled, ({ scale, mark }) => {
        const text = formatMark(mark);
        expect(parseMarkInput(text.replace(',', '.'), scale)).toEqual(parseMarkInput(text, scale));
      }),
    );
  });

  it('rounds half up what the decimal writing says, whatever the float underneath', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), (thousandths) => {
        expect(roundHalfUp(thousandths / 1000)).toBe(Math.floor((thousandths + 5) / 10) / 100);
        expect(roundHalfUp(thousandths / 1000, 'half')).toBe(Math.floor((thousandths + 250) / 500) / 2);
      }),
    );
  });
});

describe('properties of the BTS decision', () => {
  const unitMark = fc.integer({ min: 0, max: 2000 }).map((n) => n / 100);
  const nrcMarks = fc
    .tuple(unitMark, unitMark, unitMark, unitMark, unitMark, unitMark, unitMark)
    .map(([a, b, c, d, e, f, g]): UnitEntry[] =>
      marks({ U1: a, U2: b, U31: c, U32: d, U4: e, U5: f, U6: g }),
    );

  it('the optional unit never lowers the average, and adds exactly its points above 10 over 21', () => {
    fc.assert(
      fc.property(nrcMarks, unitMark, (mandatory, optional) => {
        const without = decideBts(nrcInput(mandatory));
        const withOptional = decideBts(nrcInput([...mandatory, ...marks({ UF1: optional })]));
        if (!without.ok || !withOptional.ok) throw new Error('refused');
        const [a, b] = [without.decision.average!, withOptional.decision.average!];
        expect(b).toBeGreaterThanOrEqual(a);
        expect(b - a).toBeCloseTo(Math.max(0, optional - 10) / 21, 8); // both averages exact to 1e-9
      }),
    );
  });

  it('admits exactly when the exact average is at least 10', () => {
    fc.assert(
      fc.property(nrcMarks, (mandatory) => {
        const result = decideBts(nrcInput(mandatory));
        if (!result.ok) throw new Error('refused');
        const { outcome, average } = result.decision;
        expect(outcome === 'admitted').toBe(average! >= 10);
        if (average! < 8) expect(outcome).toBe('refused');
      }),
    );
  });
});
