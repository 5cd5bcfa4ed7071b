const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of an instant in the centre's time zone, as "AAAA-MM-JJ" (a call's default date). */
export function isoDay(now: Date): string {
  return parisDay.format(now);
}
