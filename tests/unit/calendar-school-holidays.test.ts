import { describe, expect, it } from 'vitest';
import { parseSchoolHolidaysIcs, schoolHolidayDays } from '../../shared/domain/calendar';

/** A zone C calendar for 2025–2026 written the way the ministry's files are (CRLF, folded lines). */
function event(uid: string, lines: string[]): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}@calendrier-scolaire.test`,
    'DTSTAMP:20250115T090000Z',
    ...lines,
    'END:VEVENT',
  ];
}
const ZONE_C = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Carnet tests//Calendrier scolaire//FR',
  'CALSCALE:GREGORIAN',
  'METHOD:PUBLISH',
  'X-WR-CALNAME:Calendrier scolaire - Zone C',
  'X-WR-TIMEZONE:Europe/Paris',
  ...event('rentree-2025', ['DTSTART;VALUE=DATE:20250901', 'SUMMARY:Rentrée scolaire des élèves']),
  ...event('toussaint-2025', [
    'DTSTART;VALUE=DATE:20251018',
    'DTEND;VALUE=DATE:20251103',
    'SUMMARY:Vacances de la Toussaint',
    'DESCRIPTION:Vacances de la Toussaint - Zone C (Créteil\\, Montpellier\\, Paris\\, ',
    ' Toulouse\\, Versailles)',
  ]),
  ...event('noel-2025', [
    'DTSTART;VALUE=DATE:20251220',
    'DTEND;VALUE=DATE:20260105',
    'SUMMARY:Vacances de Noël',
    'DESCRIPTION:Vacances de Noël - Zone C',
  ]),
  ...event('hiver-2026', [
    'DTSTART;VALUE=DATE:20260221',
    'DTEND;VALUE=DATE:20260309',
    "SUMMARY:Vacances d'Hiver",
    "DESCRIPTION:Vacances d'Hiver - Zone C",
  ]),
  ...event('printemps-2026', [
    'DTSTART;VALUE=DATE:20260418',
    'DTEND;VALUE=DATE:20260504',
    'SUMMARY:Vacances de Printemps',
    'DESCRIPTION:Vacances de Printemps - Zone C',
  ]),
  ...event('ascension-2026', [
    'DTSTART;VALUE=DATE:20260513',
    'DTEND;VALUE=DATE:20260518',
    "SUMMARY:Pont de l'Ascension",
    "DESCRIPTION:Pont de l'Ascension - Zone C",
  ]),
  ...event('ete-2026', [
    'DTSTART;VALUE=DATE:20260704',
    "SUMMARY:Vacances d'Été",
    "DESCRIPTION:Début des Vacances d'Été - Zone C",
  ]),
  'END:VCALENDAR',
  '',
].join('\r\n');

const PERIODS = [
  { name: 'Vacances de la Toussaint', start: '2025-10-18', end: '2025-11-03' },
  { name: 'Vacances de Noël', start: '2025-12-20', end: '2026-01-05' },
  { name: "Vacances d'Hiver", start: '2026-02-21', end: '2026-03-09' },
  { name: 'Vacances de Printemps', start: '2026-04-18', end: '2026-05-04' },
  { name: "Pont de l'Ascension", start: '2026-05-13', end: '2026-05-18' },
  { name: "Vacances d'Été", start: '2026-07-04', end: '2026-07-04' },
];

describe('school holidays from an .ics file', () => {
  it('reads the zone C calendar for 2025–2026, leaving out the first day of school', () => {
    expect(parseSchoolHolidaysIcs(ZONE_C)).toEqual({ periods: PERIODS, errors: [] });
  });

  it('reads a file saved with a byte-order mark and bare LF line ends', () => {
    const text = `\uFEFF${ZONE_C.replaceAll('\r\n', '\n')}`;
    expect(parseSchoolHolidaysIcs(text)).toEqual({ periods: PERIODS, errors: [] });
  });

  it('frees the days between the end of classes and their resumption', () => {
    const days = schoolHolidayDays(PERIODS);
    // Toussaint: classes end on Saturday 18 October, resume on Monday 3 November.
    expect(days.has('2025-10-18')).toBe(false);
    expect(days.get('2025-10-19')).toBe('Vacances de la Toussaint');
    expect(days.get('2025-11-02')).toBe('Vacances de la Toussaint');
    expect(days.has('2025-11-03')).toBe(false);
    // Pont de l'Ascension: classes end on Wednesday 13 May, resume on Monday 18 May.
    expect([...days].filter(([, name]) => name === "Pont de l'Ascension").map(([d]) => d)).toEqual([
      '2026-05-14',
      '2026-05-15',
      '2026-05-16',
      '2026-05-17',
    ]);
    expect(days.get('2025-12-21')).toBe('Vacances de Noël');
    expect(days.get('2026-01-04')).toBe('Vacances de Noël');
    expect(days.has('2026-01-05')).toBe(false);
    expect(days.get('2026-03-08')).toBe("Vacances d'Hiver");
    expect(days.get('2026-05-03')).toBe('Vacances de Printemps');
    // Summer is only a marker (its end is not published): it frees no day by itself.
    expect(days.has('2026-07-04')).toBe(false);
    expect(days.has('2026-07-05')).toBe(false);
    expect(days.size).toBe(15 + 15 + 15 + 15 + 4);
    expect([...days.keys()]).toEqual([...days.keys()].sort());
  });

  it('joins the names of overlapping periods and ignores inverted ones', () => {
    const days = schoolHolidayDays([
      { name: 'Vacances de Printemps', start: '2026-04-18', end: '2026-05-04' },
      { name: "Stage d'entreprise", start: '2026-05-01', end: '2026-05-06' },
      { name: 'Vacances de Printemps', start: '2026-04-18', end: '2026-05-04' },
      { name: "À l'envers", start: '2026-06-10', end: '2026-06-01' },
    ]);
    expect(days.get('2026-05-02')).toBe("Vacances de Printemps, Stage d'entreprise");
    expect(days.get('2026-04-19')).toBe('Vacances de Printemps');
    expect(days.get('2026-05-05')).toBe("Stage d'entreprise");
    expect(days.size).toBe(15 + 2);
    expect(schoolHolidayDays([]).size).toBe(0);
  });
});
