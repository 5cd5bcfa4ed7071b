import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EASTER_FIRST_YEAR, EASTER_LAST_YEAR, easterSunday, weekday } from '../../shared/domain/calendar';

/** An independent oracle: Gauss's Easter algorithm with its two April exceptions. */
function gaussEaster(year: number): string {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const M = (15 - p + k - q) % 30;
  const N = (4 + k - q) % 7;
  const d = (19 * a + M) % 30;
  const e = (2 * b + 4 * c + 6 * d + N) % 7;
  let [month, day] = 22 + d + e <= 31 ? [3, 22 + d + e] : [4, d + e - 9];
  if (d === 29 && e === 6) [month, day] = [4, 19];
  if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) [month, day] = [4, 18];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const years = fc.integer({ min: EASTER_FIRST_YEAR, max: EASTER_LAST_YEAR });

describe('Easter Sunday', () => {
  it.each([
    [2015, '2015-04-05'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [2008, '2008-03-23'],
    [1583, '1583-04-10'],
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [1954, '1954-04-18'],
    [1981, '1981-04-19'],
  ])('in %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('agrees with Gauss’s algorithm on every year 1583–4099', () => {
    for (let year = EASTER_FIRST_YEAR; year <= EASTER_LAST_YEAR; year++) {
      expect(easterSunday(year), String(year)).toBe(gaussEaster(year));
    }
  });

  it('refuses years the Gregorian computus does not cover', () => {
    for (const year of [1582, 4100, 2025.5, Number.NaN]) {
      expect(() => easterSunday(year), String(year)).toThrow(RangeError);
    }
  });

  it('is always a Sunday from 22 March to 25 April', () => {
    fc.assert(
      fc.property(years, (year) => {
        const easter = easterSunday(year);
        const monthDay = easter.slice(5);
        return (
          weekday(easter) === 7 &&
          monthDay >= '03-22' &&
          monthDay <= '04-25' &&
          easter.startsWith(String(year))
        );
      }),
    );
  });
});
