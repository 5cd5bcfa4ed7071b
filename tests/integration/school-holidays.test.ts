import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { ok } from './cohorts-fixtures';
import { snapshot } from './rhythm-fixtures';

let b: TestBackend;
let admin: string;
beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });

/** One event as the ministry's files write it. */
function event(uid: string, start: string, end: string | null, summary: string, zone = 'C'): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}@calendrier-scolaire.test`,
    'DTSTAMP:20250115T090000Z',
    `DTSTART;VALUE=DATE:${start}`,
    ...(end ? [`DTEND;VALUE=DATE:${end}`] : []),
    `SUMMARY:${summary}`,
    `DESCRIPTION:${summary} - Zone ${zone}`,
    'END:VEVENT',
  ];
}
function calendar(zone: string, events: string[][]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Carnet tests//Calendrier scolaire//FR',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:Calendrier scolaire - Zone ${zone}`,
    ...events.flat(),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
const ZONE_C_2025 = calendar('C', [
  event('rentree-2025', '20250901', null, 'Rentrée scolaire des élèves'),
  event('toussaint-2025', '20251018', '20251103', 'Vacances de la Toussaint'),
  event('noel-2025', '20251220', '20260105', 'Vacances de Noël'),
  event('hiver-2026', '20260221', '20260309', "Vacances d'Hiver"),
  event('printemps-2026', '20260418', '20260504', 'Vacances de Printemps'),
  event('ascension-2026', '20260513', '20260518', "Pont de l'Ascension"),
  event('ete-2026', '20260704', null, "Vacances d'Été"),
]);

const upload = (text: string | Buffer, fileName = 'Calendrier_Scolaire_Zone_C.ics') => ({
  fileName,
  contentBase64: Buffer.from(text).toString('base64'),
});

type Period = { id: number; zone: string; name: string; start: string; end: string; source: string | null };
const names = (periods: Period[]) => periods.map((p) => `${p.zone} ${p.name} ${p.start} ${p.end}`);

describe('schoolHolidays.import', () => {
  it('imports a zone C calendar and lists its periods as published, first day of school left out', async () => {
    const result = await ok(b, admin, 'schoolHolidays.import', { zone: 'C', file: upload(ZONE_C_2025) });
    expect(result).toEqual({ imported: 6, replaced: 0, from: '2025-10-18', to: '2026-07-04' });
    const periods = await ok<Period[]>(b, admin, 'schoolHolidays.list', { zone: 'C' });
    expect(names(periods)).toEqual([
      'C Vacances de la Toussaint 2025-10-18 2025-11-03',
      'C Vacances de Noël 2025-12-20 2026-01-05',
      "C Vacances d'Hiver 2026-02-21 2026-03-09",
      'C Vacances de Printemps 2026-04-18 2026-05-04',
      "C Pont de l'Ascension 2026-05-13 2026-05-18",
      "C Vacances d'Été 2026-07-04 2026-07-04",
    ]);
    expect(periods[0]!.source).toBe('Calendrier_Scolaire_Zone_C.ics');
    expect(await ok(b, admin, 'schoolHolidays.list', { zone: 'A' })).toEqual([]);
    const audit = b.db.prepare("SELECT target FROM audit_log WHERE action = 'schoolHolidays.import'").all();
    expect(audit).toEqual([{ target: 'zone:C' }]);
  });

  it('replaces the periods the new file covers and keeps the others', async () => {
    await ok(b, admin, 'schoolHolidays.import', { zone: 'C', file: upload(ZONE_C_2025) });
    // Same file again: nothing doubles.
    expect(await ok(b, admin, 'schoolHolidays.import', { zone: 'C', file: upload(ZONE_C_2025) })).toEqual({
      imported: 6,
      replaced: 6,
      from: '2025-10-18',
      to: '2026-07-04',
    });
    // The next school year, and a corrected spring holiday: the rest of 2025–2026 stays.
    const next = calendar('C', [
      event('printemps-2026', '20260411', '20260427', 'Vacances de Printemps'),
      event('toussaint-2026', '20261017', '20261102', 'Vacances de la Toussaint'),
    ]);
    expect(await ok(b, admin, 'schoolHolidays.import', { zone: 'C', file: upload(next) })).toEqual({
      imported: 2,
      replaced: 3, // Printemps, Ascension and Été 2026 lay within 11 April – 2 November 2026
      from: '2026-04-11',
      to: '2026-11-02',
    });
    const periods = await ok<Period[]>(b, admin, 'schoolHolidays.list', {});
    expect(names(periods)).toEqual([
      'C Vacances de la Toussaint 2025-10-18 2025-11-03',
      'C Vacances de Noël 2025-12-20 2026-01-05',
      "C Vacances d'Hiver 2026-02-21 2026-03-09",
      'C Vacances de Printemps 2026-04-11 2026-04-27',
      'C Vacances de la Toussaint 2026-10-17 2026-11-02',
    ]);
  });

  it('keeps each zone apart', async () => {
    const zoneA = calendar('A', [event('noel-a', '20251220', '20260105', 'Vacances de Noël', 'A')]);
    await ok(b, admin, 'schoolHolidays.import', { zone: 'C', file: upload(ZONE_C_2025) });
    expect(await ok(b, admin, 'schoolHolidays.import', { zone: 'A', file: upload(zoneA) })).toMatchObject({
      imported: 1,
      replaced: 0,
    });
    const all = await ok<Period[]>(b, admin, 'schoolHolidays.list', {});
    expect(all.map((p) => p.zone)).toEqual(['A', 'C', 'C', 'C', 'C', 'C', 'C']);
  });

  it('refuses, in French and writing nothing, a file that is no calendar, has no period or is another zone’s', async () => {
    await ok(b, admin, 'schoolHolidays.import', { zone: 'C', file: upload(ZONE_C_2025) });
    const before = snapshot(b);
    const cases: [unknown, string, RegExp][] = [
      [
        upload('Nom;Prénom\nDupont;Marie\n', 'eleves.csv'),
        'file',
        /n’a pas pu être lu comme un calendrier|ne contient pas de calendrier/,
      ],
      [
        upload(calendar('C', [event('rentree', '20250901', null, 'Rentrée scolaire des élèves')])),
        'file',
        /aucune période de vacances/,
      ],
      [upload(Buffer.from([0x42, 0x45, 0x47, 0x49, 0x4e, 0x3a, 0xe9, 0xff, 0xfe])), 'file', /UTF-8/],
    ];
    for (const [file, field, message] of cases) {
      const { result } = await b.app.call('schoolHolidays.import', { zone: 'C', file }, as(admin));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message, fields: { [field]: message } },
      });
    }
    const wrongZone = await b.app.call(
      'schoolHolidays.import',
      { zone: 'A', file: upload(ZONE_C_2025) },
      as(admin),
    );
    expect(wrongZone.result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message:
          'Ce fichier est le calendrier scolaire de la zone C, pas de la zone A : choisissez la bonne zone ou le fichier de votre zone.',
        fields: { zone: expect.any(String) },
      },
    });
    expect(snapshot(b)).toBe(before);
  });

  it('lets managers import; trainers and advisers only read the periods', async () => {
    const manager = await userWithRole(b.app, admin, 'manager');
    const trainer = await userWithRole(b.app, admin, 'trainer');
    const adviser = await userWithRole(b.app, admin, 'adviser');
    await ok(b, manager, 'schoolHolidays.import', { zone: 'C', file: upload(ZONE_C_2025) });
    for (const token of [trainer, adviser]) {
      expect(await ok<Period[]>(b, token, 'schoolHolidays.list', { zone: 'C' })).toHaveLength(6);
      const before = snapshot(b);
      const { result } = await b.app.call(
        'schoolHolidays.import',
        { zone: 'C', file: upload(ZONE_C_2025) },
        as(token),
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(snapshot(b)).toBe(before);
    }
  });
});
