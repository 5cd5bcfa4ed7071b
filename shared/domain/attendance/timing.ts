/**
 * When a session happens in real time. Sessions are stored as Europe/Paris wall-clock times
 * (a date and "HH:MM"), while the clock of a call is an instant: comparing them needs the Paris
 * offset of that day, which changes twice a year. Intl knows the offsets, so no time-zone
 * library is needed. Pure: no clock is read here, `now` is always given.
 */

export const CENTRE_TIME_ZONE = 'Europe/Paris';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: CENTRE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Paris wall clock of an instant, read as if it were UTC: its difference to the instant is the offset. */
function wallClockAsUtc(instant: number): number {
  const p: Record<string, number> = {};
  for (const { type, value } of parts.formatToParts(new Date(instant))) {
    if (type !== 'literal') p[type] = Number(value);
  }
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/** Milliseconds Paris is ahead of UTC at an instant: 1 h in winter, 2 h in summer. */
export function parisOffset(instant: number): number {
  const whole = instant - (instant % 1000);
  return wallClockAsUtc(whole) - whole;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant of a Paris wall-clock date and time ("2026-03-03", "08:15" → 07:15 UTC).
 * Around a change of time, both offsets of the day are tried: a time that happens twice (the
 * autumn's 02:30) is its first occurrence, a time that never happens (the spring's 02:30) is
 * read with the winter offset, so it falls an hour later — as a clock set forward would show.
 */
export function parisInstant(date: string, time: string): Date {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) throw new RangeError(`Invalid date or time: ${date} ${time}`);
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const offsets = [parisOffset(wall - DAY), parisOffset(wall + DAY)];
  const matches = offsets.map((o) => wall - o).filter((at) => wallClockAsUtc(at) === wall);
  const at = matches.length > 0 ? Math.min(...matches) : wall - offsets[0]!;
  return new Date(at);
}

/** A presence may be recorded once the session has started, never before (no sheet signed in advance). */
export function canRecord(now: Date, date: string, start: string): boolean {
  return now.getTime() >= parisInstant(date, start).getTime();
}

/** A sheet still open 24 hours after its session ended is pending ("feuille en attente"). */
export function pendingSince(now: Date, date: string, end: string): boolean {
  return now.getTime() >= parisInstant(date, end).getTime() + DAY;
}
