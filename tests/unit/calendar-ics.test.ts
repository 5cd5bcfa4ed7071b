import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { icsValueDate, parisDateOfUtc, parseSchoolHolidaysIcs } from '../../shared/domain/calendar';

const ics = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Carnet tests//FR']
    .concat(...events.map((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']), ['END:VCALENDAR'])
    .join('\r\n');
const toussaint = [
  'SUMMARY:Vacances de la Toussaint',
  'DTSTART;VALUE=DATE:20251018',
  'DTEND;VALUE=DATE:20251103',
];
const period = { name: 'Vacances de la Toussaint', start: '2025-10-18', end: '2025-11-03' };

const UNREADABLE =
  'Ce fichier n’a pas pu être lu comme un calendrier (.ics). Téléchargez le calendrier scolaire de votre zone au format iCalendar, puis choisissez ce fichier.';
const NOT_CALENDAR =
  'Ce fichier ne contient pas de calendrier (.ics). Choisissez le fichier iCalendar du calendrier scolaire de votre zone.';

describe('.ics dates', () => {
  it('takes the dates of date-times: wall clock as written, UTC as time in Paris', () => {
    // The ministry's data set writes local midnight in UTC: 22:00 in summer time, 23:00 in winter.
    const text = ics(
      ['SUMMARY:Vacances de la Toussaint', 'DTSTART:20251017T220000Z', 'DTEND:20251102T230000Z'],
      [
        'SUMMARY:Vacances de Noël',
        'DTSTART;TZID=Europe/Paris:20251220T120000',
        'DTEND;TZID=Europe/Paris:20260105T080000',
      ],
      ["SUMMARY:Pont de l'Ascension", 'DTSTART:20260513T180000', 'DTEND;VALUE=DATE:20260518'],
    );
    expect(parseSchoolHolidaysIcs(text)).toEqual({
      periods: [
        period,
        { name: 'Vacances de Noël', start: '2025-12-20', end: '2026-01-05' },
        { name: "Pont de l'Ascension", start: '2026-05-13', end: '2026-05-18' },
      ],
      errors: [],
    });
  });

  it('follows the changes of time in Paris (last Sundays of March and October, 01:00 UTC)', () => {
    expect(parisDateOfUtc('2026-03-28', 22, 59)).toBe('2026-03-28'); // 23:59 winter time
    expect(parisDateOfUtc('2026-03-28', 23, 0)).toBe('2026-03-29');
    expect(parisDateOfUtc('2026-03-29', 21, 59)).toBe('2026-03-29'); // 23:59 summer time
    expect(parisDateOfUtc('2026-03-29', 22, 0)).toBe('2026-03-30');
    expect(parisDateOfUtc('2026-10-24', 22, 0)).toBe('2026-10-25'); // still summer time
    expect(parisDateOfUtc('2026-10-25', 22, 59)).toBe('2026-10-25'); // winter time again
    expect(parisDateOfUtc('2026-10-25', 23, 0)).toBe('2026-10-26');
    expect(parisDateOfUtc('2025-12-31', 23, 30)).toBe('2026-01-01');
  });

  it('refuses values that are not dates', () => {
    expect(icsValueDate('date', '2025-10-18')).toBe('2025-10-18');
    expect(icsValueDate('date', '2025-02-30')).toBeNull();
    expect(icsValueDate('date-time', '2025-10-18T25:00:00')).toBeNull();
    expect(icsValueDate('date-time', 'garb-ag-eT::')).toBeNull();
    expect(icsValueDate('period', '2025-10-18')).toBeNull();
    expect(icsValueDate('date', 20251018)).toBeNull();
  });

  it('makes an event without DTEND a single day, and honours a DURATION in days', () => {
    const text = ics(
      ["SUMMARY:Vacances d'Été", "DESCRIPTION:Début des Vacances d'Été", 'DTSTART;VALUE=DATE:20260704'],
      ['SUMMARY:Vacances de Noël', 'DTSTART;VALUE=DATE:20251220', 'DURATION:P16D'],
    );
    expect(parseSchoolHolidaysIcs(text).periods).toEqual([
      { name: 'Vacances de Noël', start: '2025-12-20', end: '2026-01-05' },
      { name: "Vacances d'Été", start: '2026-07-04', end: '2026-07-04' },
    ]);
  });

  it('names an event by its DESCRIPTION when it has no SUMMARY, else "Vacances"', () => {
    const text = ics(
      ['DESCRIPTION:Vacances de la Toussaint', 'DTSTART;VALUE=DATE:20251018', 'DTEND;VALUE=DATE:20251103'],
      ['SUMMARY:  ', 'DTSTART;VALUE=DATE:20251220', 'DTEND;VALUE=DATE:20260105'],
    );
    expect(parseSchoolHolidaysIcs(text).periods.map((p) => p.name)).toEqual([
      'Vacances de la Toussaint',
      'Vacances',
    ]);
  });
});

describe('.ics files that are not right', () => {
  it.each([
    ['plain text', 'bonjour'],
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>'],
    ['a truncated calendar', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251018'],
    ['binary bytes', '\u0000\u0001\u0002\u00ff'],
  ])('gives a French error for %s, never a throw', (_, text) => {
    expect(parseSchoolHolidaysIcs(text)).toEqual({ periods: [], errors: [UNREADABLE] });
  });

  it.each([
    ['an empty file', ''],
    ['a contact card', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jeanne Martin\r\nEND:VCARD'],
  ])('says that %s holds no calendar', (_, text) => {
    expect(parseSchoolHolidaysIcs(text)).toEqual({ periods: [], errors: [NOT_CALENDAR] });
  });

  it('says when a calendar holds no holidays', () => {
    expect(parseSchoolHolidaysIcs(ics()).errors).toEqual([
      'Ce calendrier ne contient aucune période de vacances.',
    ]);
    const onlyRentree = ics(['SUMMARY:Rentrée scolaire des enseignants', 'DTSTART;VALUE=DATE:20250829']);
    expect(parseSchoolHolidaysIcs(onlyRentree).periods).toEqual([]);
  });

  it('keeps the good periods and explains each refused one', () => {
    const text = ics(
      toussaint,
      ['SUMMARY:Vacances de Noël', 'DTEND;VALUE=DATE:20260105'],
      ["SUMMARY:Vacances d'Hiver", 'DTSTART;VALUE=DATE:20260230', 'DTEND;VALUE=DATE:20260309'],
      ['SUMMARY:Vacances de Printemps', 'DTSTART:20260418', 'DTEND;VALUE=DATE:20260504'],
      ["SUMMARY:Pont de l'Ascension", 'DTSTART;VALUE=DATE:20260518', 'DTEND;VALUE=DATE:20260513'],
      ["SUMMARY:Vacances d'Été", 'DTSTART;VALUE=DATE:20260704', 'DTEND;VALUE=DATE:2026-09-01'],
    );
    expect(parseSchoolHolidaysIcs(text)).toEqual({
      periods: [period],
      errors: [
        '« Vacances de Noël » n’a pas de date de début : cette période est ignorée.',
        "« Vacances d'Hiver » : la date de début est illisible ; cette période est ignorée.",
        '« Vacances de Printemps » : la date de début est illisible ; cette période est ignorée.',
        "« Pont de l'Ascension » finit (13/05/2026) avant de commencer (18/05/2026) : cette période est ignorée.",
        "« Vacances d'Été » : la date de fin est illisible ; cette période est ignorée.",
      ],
    });
  });

  it('keeps a period listed twice (once per académie) only once, and reads several calendars', () => {
    const twice = ics(toussaint, toussaint);
    expect(parseSchoolHolidaysIcs(twice).periods).toEqual([period]);
    const two = `${ics(toussaint)}\r\n${ics(['SUMMARY:Vacances de Noël', 'DTSTART;VALUE=DATE:20251220', 'DTEND;VALUE=DATE:20260105'])}`;
    expect(parseSchoolHolidaysIcs(two).periods.map((p) => p.name)).toEqual([
      'Vacances de la Toussaint',
      'Vacances de Noël',
    ]);
  });

  it('never throws, whatever the text, and a damaged calendar never invents a date', () => {
    const valid = ics(toussaint, [
      'SUMMARY:Vacances de Noël',
      'DTSTART;VALUE=DATE:20251220',
      'DTEND;VALUE=DATE:20260105',
    ]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseSchoolHolidaysIcs(text);
        return Array.isArray(result.periods) && result.errors.every((e) => typeof e === 'string');
      }),
    );
    fc.assert(
      fc.property(
        fc.nat(valid.length),
        fc.nat(valid.length),
        fc.string({ maxLength: 3 }),
        (at, cut, noise) => {
          const damaged = valid.slice(0, at) + noise + valid.slice(Math.max(at, cut));
          const { periods, errors } = parseSchoolHolidaysIcs(damaged);
          return (
            periods.every((p) => p.start <= p.end && /^\d{4}-\d{2}-\d{2}$/.test(p.end)) &&
            errors.length + periods.length > 0
          );
        },
      ),
    );
  });
});
