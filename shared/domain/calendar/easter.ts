import { isoDate } from './dates';

/** The Gregorian computus holds from the reform (1583) to 4099, as Meeus states it. */
export const EASTER_FIRST_YEAR = 1583;
export const EASTER_LAST_YEAR = 4099;

/**
 * Easter Sunday of a year, by the "anonymous Gregorian algorithm" (Meeus/Jones/Butcher,
 * Astronomical Algorithms ch. 8). Integer steps only: a = Metonic cycle position, b/c = century
 * and year in century, the rest corrects the epact for solar and lunar drift.
 */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < EASTER_FIRST_YEAR || year > EASTER_LAST_YEAR) {
    throw new RangeError(
      `Easter is computed for years ${EASTER_FIRST_YEAR}–${EASTER_LAST_YEAR}, not ${year}`,
    );
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}
