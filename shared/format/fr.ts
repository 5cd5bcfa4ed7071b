/**
 * fr-FR presentation of numbers, dates and durations, shared by the screens and the printed
 * documents so that "12,5", "lundi 3 mars 2025" and "3 h 45" read the same everywhere.
 * Dates travel as ISO strings ("2025-03-03"); they are formatted in UTC so that a calendar
 * date never shifts with the machine's time zone.
 */

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 12.5 -> "12,5"; 1350 -> "1 350" (narrow no-break space, as French typography wants). */
export function formatNumber(value: number, maxDecimals = 2, minDecimals = 0): string {
  const key = maxDecimals * 10 + minDecimals;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', {
      maximumFractionDigits: maxDecimals,
      minimumFractionDigits: minDecimals,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** 0.4615 -> "46,15 %" */
export function formatPercent(ratio: number, decimals = 2): string {
  return `${formatNumber(ratio * 100, decimals, decimals)}\u00a0%`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcDate(date: string | Date): Date {
  if (date instanceof Date) return date;
  const m = ISO_DATE.exec(date);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Date(date);
}

const longDate = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

const dayMonthYear = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** French writes the first of the month as an ordinal: "1er mars", never "1 mars". */
const firstAsOrdinal = (text: string) => text.replace(/(^|\s)1 /, '$11er ');

/** "2025-03-03" -> "lundi 3 mars 2025"; "2025-09-01" -> "lundi 1er septembre 2025" */
export function formatDateLong(date: string | Date): string {
  return firstAsOrdinal(longDate.format(toUtcDate(date)));
}

/** "2026-03-01" -> "1er mars 2026", without the weekday: the date of "Fait à …, le …". */
export function formatDayMonthYear(date: string | Date): string {
  return firstAsOrdinal(dayMonthYear.format(toUtcDate(date)));
}

/** "2025-03-03" -> "03/03/2025" */
export function formatDateShort(date: string | Date): string {
  return shortDate.format(toUtcDate(date));
}

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant in the reader's own time zone: "03/03/2025 14:05". */
export function formatDateTime(instant: string | Date): string {
  return dateTime.format(instant instanceof Date ? instant : new Date(instant)).replace(',', '');
}

/**
 * A duration in hours as French timetables write it: 3.75 -> "3 h 45", 4 -> "4 h",
 * 0.5 -> "0 h 30", 1350 -> "1 350 h". Rounded to the minute; negative durations keep their sign.
 */
export function formatHours(hours: number): string {
  const sign = hours < 0 ? '−' : '';
  const totalMinutes = Math.round(Math.abs(hours) * 60);
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  const hh = formatNumber(h, 0);
  return m === 0 ? `${sign}${hh}\u00a0h` : `${sign}${hh}\u00a0h\u00a0${String(m).padStart(2, '0')}`;
}

/**
 * A number as a French user types it: "12,5", "12.5", "1 350" (spaces and no-break spaces
 * between thousands) -> 12.5, 12.5, 1350; null when it is not a plain non-negative decimal.
 */
export function parseDecimalFr(text: string): number | null {
  const normalized = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : null;
}
