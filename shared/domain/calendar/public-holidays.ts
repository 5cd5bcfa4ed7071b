import { HOLIDAY_NAMES_SEPARATOR, publicHolidayNamesFr as names } from '../../i18n/fr/calendar';
import { addDays, compareDates, dateParts, isoDate } from './dates';
import { easterSunday } from './easter';

export interface PublicHoliday {
  date: string;
  name: string;
}

export interface PublicHolidayOptions {
  /** Bas-Rhin, Haut-Rhin and Moselle keep Good Friday and 26 December (local law). */
  alsaceMoselle: boolean;
}

const NATIONAL_FIXED: readonly [month: number, day: number, name: string][] = [
  [1, 1, names.newYear],
  [5, 1, names.labourDay],
  [5, 8, names.victory1945],
  [7, 14, names.nationalDay],
  [8, 15, names.assumption],
  [11, 1, names.allSaints],
  [11, 11, names.armistice1918],
  [12, 25, names.christmas],
];

/** Days counted from Easter Sunday. */
const NATIONAL_MOVEABLE: readonly [offset: number, name: string][] = [
  [1, names.easterMonday],
  [39, names.ascension],
  [50, names.whitMonday],
];

/**
 * The public holidays of a year, sorted by date. Today's list (Code du travail L3133-1) is
 * applied to every year: the past changes (8 May not a holiday 1959–1981) do not matter for
 * planning. Two holidays may share a day (1 May 2008 was also Ascension): both stay in the
 * list, fixed-date first, so no name is lost.
 */
export function publicHolidays(
  year: number,
  options: PublicHolidayOptions = { alsaceMoselle: false },
): PublicHoliday[] {
  const easter = easterSunday(year); // also refuses a year outside 1583–4099
  const fixed = NATIONAL_FIXED.map(([month, day, name]) => ({ date: isoDate(year, month, day), name }));
  const moveable = NATIONAL_MOVEABLE.map(([offset, name]) => ({ date: addDays(easter, offset), name }));
  const local = options.alsaceMoselle
    ? [
        { date: addDays(easter, -2), name: names.goodFriday },
        { date: isoDate(year, 12, 26), name: names.stStephen },
      ]
    : [];
  // Array.prototype.sort is stable: on a shared day the order above (fixed first) is kept.
  return [...fixed, ...moveable, ...local].sort((a, b) => compareDates(a.date, b.date));
}

/**
 * Date → holiday name for every public holiday from startDate to endDate (both included),
 * across years. Holidays sharing a day give one entry whose names are joined
 * ("Fête du Travail, Ascension"), so a planning cell shows one label and loses none.
 */
export function publicHolidayMap(
  startDate: string,
  endDate: string,
  options: PublicHolidayOptions = { alsaceMoselle: false },
): Map<string, string> {
  const map = new Map<string, string>();
  const first = dateParts(startDate).year;
  const last = dateParts(endDate).year;
  for (let year = first; year <= last; year++) {
    for (const { date, name } of publicHolidays(year, options)) {
      if (compareDates(date, startDate) < 0 || compareDates(date, endDate) > 0) continue;
      const known = map.get(date);
      map.set(date, known === undefined ? name : `${known}${HOLIDAY_NAMES_SEPARATOR}${name}`);
    }
  }
  return map;
}

/** The holiday name(s) of a day, or null on a working day. */
export function publicHolidayName(
  date: string,
  options: PublicHolidayOptions = { alsaceMoselle: false },
): string | null {
  return publicHolidayMap(date, date, options).get(date) ?? null;
}
