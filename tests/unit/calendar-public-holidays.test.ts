import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  easterSunday,
  publicHolidayMap,
  publicHolidayName,
  publicHolidays,
  weekday,
} from '../../shared/domain/calendar';

const NATIONAL = [
  'Jour de l’An',
  'Lundi de Pâques',
  'Fête du Travail',
  'Victoire 1945',
  'Ascension',
  'Lundi de Pentecôte',
  'Fête nationale',
  'Assomption',
  'Toussaint',
  'Armistice 1918',
  'Noël',
];
const dates = (year: number, alsaceMoselle = false) =>
  publicHolidays(year, { alsaceMoselle }).map((h) => h.date.slice(5));

describe('French public holidays', () => {
  // The published dates (service-public.fr), written out rather than recomputed.
  it.each([
    [
      2015,
      ['01-01', '04-06', '05-01', '05-08', '05-14', '05-25', '07-14', '08-15', '11-01', '11-11', '12-25'],
    ],
    [
      2019,
      ['01-01', '04-22', '05-01', '05-08', '05-30', '06-10', '07-14', '08-15', '11-01', '11-11', '12-25'],
    ],
    [
      2024,
      ['01-01', '04-01', '05-01', '05-08', '05-09', '05-20', '07-14', '08-15', '11-01', '11-11', '12-25'],
    ],
    [
      2025,
      ['01-01', '04-21', '05-01', '05-08', '05-29', '06-09', '07-14', '08-15', '11-01', '11-11', '12-25'],
    ],
    [
      2026,
      ['01-01', '04-06', '05-01', '05-08', '05-14', '05-25', '07-14', '08-15', '11-01', '11-11', '12-25'],
    ],
  ])('in %i fall on %j', (year, expected) => {
    expect(dates(year)).toEqual(expected);
    expect(publicHolidays(year).map((h) => h.name)).toEqual(NATIONAL);
  });

  it('names each day', () => {
    expect(publicHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Jour de l’An' },
      { date: '2025-04-21', name: 'Lundi de Pâques' },
      { date: '2025-05-01', name: 'Fête du Travail' },
      { date: '2025-05-08', name: 'Victoire 1945' },
      { date: '2025-05-29', name: 'Ascension' },
      { date: '2025-06-09', name: 'Lundi de Pentecôte' },
      { date: '2025-07-14', name: 'Fête nationale' },
      { date: '2025-08-15', name: 'Assomption' },
      { date: '2025-11-01', name: 'Toussaint' },
      { date: '2025-11-11', name: 'Armistice 1918' },
      { date: '2025-12-25', name: 'Noël' },
    ]);
  });

  it('adds Good Friday and 26 December in Alsace-Moselle', () => {
    expect(dates(2024, true)).toEqual([
      '01-01',
      '03-29',
      '04-01',
      '05-01',
      '05-08',
      '05-09',
      '05-20',
      '07-14',
      '08-15',
      '11-01',
      '11-11',
      '12-25',
      '12-26',
    ]);
    expect(dates(2025, true)).toEqual([
      '01-01',
      '04-18',
      '04-21',
      '05-01',
      '05-08',
      '05-29',
      '06-09',
      '07-14',
      '08-15',
      '11-01',
      '11-11',
      '12-25',
      '12-26',
    ]);
    expect(dates(2026, true)).toEqual([
      '01-01',
      '04-03',
      '04-06',
      '05-01',
      '05-08',
      '05-14',
      '05-25',
      '07-14',
      '08-15',
      '11-01',
      '11-11',
      '12-25',
      '12-26',
    ]);
    const names = publicHolidays(2026, { alsaceMoselle: true }).map((h) => h.name);
    expect(names).toContain('Vendredi saint');
    expect(names).toContain('Saint-Étienne');
    expect(publicHolidayName('2026-04-03')).toBeNull();
    expect(publicHolidayName('2026-04-03', { alsaceMoselle: true })).toBe('Vendredi saint');
  });

  it('keeps both names when 1 May is also Ascension (2008)', () => {
    const may2008 = publicHolidays(2008).filter((h) => h.date === '2008-05-01');
    expect(may2008).toEqual([
      { date: '2008-05-01', name: 'Fête du Travail' },
      { date: '2008-05-01', name: 'Ascension' },
    ]);
    expect(publicHolidays(2008)).toHaveLength(11);
    const map = publicHolidayMap('2008-01-01', '2008-12-31');
    expect(map.get('2008-05-01')).toBe('Fête du Travail, Ascension');
    expect(map.size).toBe(10);
    expect(map.get('2008-05-12')).toBe('Lundi de Pentecôte');
  });

  it('keeps both names when 8 May is also Ascension (1997)', () => {
    expect(publicHolidayName('1997-05-08')).toBe('Victoire 1945, Ascension');
  });

  it('maps holidays across years, both ends included, in date order', () => {
    const map = publicHolidayMap('2025-12-25', '2026-04-06');
    expect([...map]).toEqual([
      ['2025-12-25', 'Noël'],
      ['2026-01-01', 'Jour de l’An'],
      ['2026-04-06', 'Lundi de Pâques'],
    ]);
    const alsace = publicHolidayMap('2025-12-25', '2026-04-06', { alsaceMoselle: true });
    expect([...alsace.keys()]).toEqual([
      '2025-12-25',
      '2025-12-26',
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
    ]);
    expect(publicHolidayMap('2025-11-02', '2025-11-10').size).toBe(0);
    expect(publicHolidayMap('2025-11-02', '2025-11-01').size).toBe(0);
  });

  it('puts Easter Monday, Ascension and Whit Monday on a Monday, Thursday and Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), fc.boolean(), (year, alsaceMoselle) => {
        const list = publicHolidays(year, { alsaceMoselle });
        const on = (name: string) => list.find((h) => h.name === name)!.date;
        const easter = easterSunday(year);
        return (
          list.length === (alsaceMoselle ? 13 : 11) &&
          list.every((h, i) => i === 0 || list[i - 1]!.date <= h.date) &&
          list.every((h) => h.date.startsWith(String(year))) &&
          on('Lundi de Pâques') === addDays(easter, 1) &&
          weekday(on('Ascension')) === 4 &&
          on('Lundi de Pentecôte') === addDays(easter, 50) &&
          weekday(on('Lundi de Pentecôte')) === 1 &&
          (!alsaceMoselle || weekday(on('Vendredi saint')) === 5)
        );
      }),
    );
  });
});
