import ICAL from 'ical.js';
import { formatDateShort } from '../../format/fr';
import { HOLIDAY_NAMES_SEPARATOR, schoolHolidaysFr as t } from '../../i18n/fr/calendar';
import { addDays, compareDates, eachDay } from './dates';
import { icsValueDate } from './ics-dates';

/**
 * A school holiday as the official calendar states it: classes end AFTER the lessons of
 * `start` ("fin des cours") and resume ON `end` ("reprise des cours"), which is also the
 * exclusive DTEND of an all-day iCalendar event. The days without class are start+1 … end−1.
 * A one-day event (no DTEND, such as "Début des Vacances d'Été", whose end the ministry does
 * not publish) has start = end: it marks the last day of classes and frees no day by itself.
 */
export interface SchoolHolidayPeriod {
  name: string;
  start: string;
  end: string;
}

export interface SchoolHolidayImport {
  periods: SchoolHolidayPeriod[];
  /** French, one per refused event or for the whole file; empty when all went well. */
  errors: string[];
}

type Component = InstanceType<typeof ICAL.Component>;

/**
 * Reads the text of an .ics file (one zone of the official school calendar, or any calendar
 * of holidays). Never throws: an unreadable file gives no period and one French error.
 */
export function parseSchoolHolidaysIcs(text: string): SchoolHolidayImport {
  let calendars: Component[] | null;
  try {
    calendars = readCalendars(text);
  } catch {
    return { periods: [], errors: [t.unreadable] };
  }
  if (!calendars) return { periods: [], errors: [t.notCalendar] };
  const events = calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'));

  const errors: string[] = [];
  const periods = new Map<string, SchoolHolidayPeriod>();
  for (const event of events) {
    let result: SchoolHolidayPeriod | string | null;
    try {
      result = readEvent(event);
    } catch {
      result = t.badEvent(eventName(event)); // a value ical.js itself cannot decode
    }
    if (typeof result === 'string') errors.push(result);
    // The same period listed twice (one event per académie of the zone) is kept once.
    else if (result) periods.set(`${result.name}\n${result.start}\n${result.end}`, result);
  }
  const sorted = [...periods.values()].sort(
    (a, b) => compareDates(a.start, b.start) || compareDates(a.end, b.end) || a.name.localeCompare(b.name),
  );
  if (sorted.length === 0 && errors.length === 0) errors.push(t.noPeriods);
  return { periods: sorted, errors };
}

/** The VCALENDAR components of the text, null if it holds none; throws when ical.js cannot read it. */
function readCalendars(text: string): Component[] | null {
  // A byte-order mark is common in files saved on Windows and is not part of the first line.
  const parsed: unknown = ICAL.parse(text.replace(/^\uFEFF/, ''));
  if (!Array.isArray(parsed)) return null;
  // ical.js gives one jCal ["vcalendar", …] or a list of them when the text holds several.
  const jcals: unknown[] = typeof parsed[0] === 'string' ? [parsed] : parsed;
  const calendars = jcals.filter((j): j is unknown[] => Array.isArray(j) && j[0] === 'vcalendar');
  return calendars.length === 0 ? null : calendars.map((j) => new ICAL.Component(j));
}

function eventName(event: Component): string {
  for (const property of ['summary', 'description']) {
    const value: unknown = event.getFirstPropertyValue(property);
    if (typeof value === 'string' && value.trim() !== '') return value.trim().replace(/\s+/g, ' ');
  }
  return t.unnamed;
}

/**
 * The raw jCal [name, params, type, value] of a property: ical.js turns a malformed date into a
 * malformed string ("20260418" as a date-time reads "2026-04-18T::") rather than failing, so the
 * value is checked here. That string is not what the user wrote, hence messages without it.
 */
function rawValue(event: Component, name: string): { type: unknown; value: unknown } | null {
  const property = event.getFirstProperty(name);
  if (!property) return null;
  const json = property.toJSON() as unknown[];
  return { type: json[2], value: json[3] };
}

/** A period, a French error, or null for an event that is not a holiday. */
function readEvent(event: Component): SchoolHolidayPeriod | string | null {
  const name = eventName(event);
  // Official files also list the first day of school ("Rentrée scolaire des élèves"): not a holiday.
  if (/rentr[ée]e/i.test(name)) return null;

  const rawStart = rawValue(event, 'dtstart');
  if (!rawStart) return t.missingStart(name);
  const start = icsValueDate(rawStart.type, rawStart.value);
  if (!start) return t.badStart(name);

  let end = start; // RFC 5545: without DTEND nor DURATION an all-day event is one day long
  const rawEnd = rawValue(event, 'dtend');
  const duration: unknown = event.getFirstPropertyValue('duration');
  if (rawEnd) {
    const date = icsValueDate(rawEnd.type, rawEnd.value);
    if (!date) return t.badEnd(name);
    end = date;
  } else if (duration instanceof ICAL.Duration) {
    // Whole days only: a school holiday does not end in the middle of a day.
    end = addDays(start, Math.floor(duration.toSeconds() / 86400));
  }
  if (compareDates(end, start) < 0)
    return t.endBeforeStart(name, formatDateShort(start), formatDateShort(end));
  return { name, start, end };
}

/**
 * Date → period name for every day without class (start+1 … end−1 of each period). Days of
 * overlapping periods keep both names, joined as public holidays are.
 */
export function schoolHolidayDays(periods: readonly SchoolHolidayPeriod[]): Map<string, string> {
  const names = new Map<string, string[]>();
  for (const { name, start, end } of periods) {
    if (compareDates(end, start) <= 0) continue;
    for (const day of eachDay(addDays(start, 1), addDays(end, -1))) {
      const known = names.get(day);
      if (!known) names.set(day, [name]);
      else if (!known.includes(name)) known.push(name);
    }
  }
  const days = [...names].sort(([a], [b]) => compareDates(a, b));
  return new Map(days.map(([day, list]) => [day, list.join(HOLIDAY_NAMES_SEPARATOR)]));
}
