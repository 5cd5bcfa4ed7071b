import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRecord, parisInstant, parisOffset, pendingSince } from '../../shared/domain/attendance/timing';

const utc = (iso: string) => new Date(iso);

describe('parisInstant', () => {
  it('reads a winter time with the CET offset (UTC+1) and a summer time with CEST (UTC+2)', () => {
    expect(parisInstant('2026-03-03', '08:15').toISOString()).toBe('2026-03-03T07:15:00.000Z');
    expect(parisInstant('2026-07-15', '08:15').toISOString()).toBe('2026-07-15T06:15:00.000Z');
    expect(parisInstant('2025-12-31', '23:30').toISOString()).toBe('2025-12-31T22:30:00.000Z');
    expect(parisInstant('2026-01-01', '00:00').toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  it('changes offset on the last Sunday of March, at 2:00 Paris time (01:00 UTC)', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00.
    expect(parisInstant('2026-03-28', '08:15').toISOString()).toBe('2026-03-28T07:15:00.000Z');
    expect(parisInstant('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(parisInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(parisInstant('2026-03-29', '08:15').toISOString()).toBe('2026-03-29T06:15:00.000Z');
    expect(parisInstant('2026-03-30', '08:15').toISOString()).toBe('2026-03-30T06:15:00.000Z');
  });

  it('reads a time that never happens (the spring’s 02:30) as the clock set forward shows it: 03:30', () => {
    expect(parisInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('changes back on the last Sunday of October, and a time that happens twice is its first occurrence', () => {
    // 25 October 2026: clocks go from 03:00 back to 02:00.
    expect(parisInstant('2026-10-24', '13:00').toISOString()).toBe('2026-10-24T11:00:00.000Z');
    expect(parisInstant('2026-10-25', '01:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(parisInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parisInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(parisInstant('2026-10-26', '13:00').toISOString()).toBe('2026-10-26T12:00:00.000Z');
  });

  it('does not depend on the machine’s time zone, and refuses what is not a date and a time', () => {
    expect(parisOffset(Date.parse('2026-01-15T12:00:00Z'))).toBe(3_600_000);
    expect(parisOffset(Date.parse('2026-06-15T12:00:00Z'))).toBe(7_200_000);
    expect(() => parisInstant('2026-3-3', '08:15')).toThrow(RangeError);
    expect(() => parisInstant('2026-03-03', '8h15')).toThrow(RangeError);
    expect(() => parisInstant('2026-03-03', '24:00')).toThrow(RangeError);
  });

  it('gives back the wall clock it was given, every minute of every day (property)', () => {
    const paris = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2060-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (day, h, m) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const instant = parisInstant(date, time);
          const shown = paris.format(instant).replace(' ', 'T');
          // Only the spring's missing hour (02:xx on the change day) cannot come back as it was.
          const missing = h === 2 && shown === `${date}T03:${time.slice(3)}`;
          expect(missing || shown === `${date}T${time}`).toBe(true);
        },
      ),
    );
  });
});

describe('canRecord', () => {
  it('opens the roll call at the session’s start, Paris time, not a minute before', () => {
    expect(canRecord(utc('2026-03-03T07:14:59Z'), '2026-03-03', '08:15')).toBe(false);
    expect(canRecord(utc('2026-03-03T07:15:00Z'), '2026-03-03', '08:15')).toBe(true);
    expect(canRecord(utc('2026-03-04T07:00:00Z'), '2026-03-03', '08:15')).toBe(true);
    // The day before, even at the same hour: no sheet signed in advance.
    expect(canRecord(utc('2026-03-02T07:15:00Z'), '2026-03-03', '08:15')).toBe(false);
  });

  it('follows summer time: 08:15 in July is 06:15 UTC', () => {
    expect(canRecord(utc('2026-07-15T06:14:00Z'), '2026-07-15', '08:15')).toBe(false);
    expect(canRecord(utc('2026-07-15T06:15:00Z'), '2026-07-15', '08:15')).toBe(true);
    // 07:15 UTC would be the winter answer: an hour late in summer.
    expect(canRecord(utc('2026-07-15T06:30:00Z'), '2026-07-15', '08:15')).toBe(true);
  });
});

describe('pendingSince', () => {
  it('flags a sheet 24 hours after its session ended', () => {
    // Afternoon 13:00–16:45 on Tuesday 3 March 2026 (CET): ends at 15:45 UTC.
    expect(pendingSince(utc('2026-03-04T15:44:59Z'), '2026-03-03', '16:45')).toBe(false);
    expect(pendingSince(utc('2026-03-04T15:45:00Z'), '2026-03-03', '16:45')).toBe(true);
    expect(pendingSince(utc('2026-03-04T14:45:00Z'), '2026-03-03', '16:45')).toBe(false); // 23 h
    expect(pendingSince(utc('2026-03-04T16:45:00Z'), '2026-03-03', '16:45')).toBe(true); // 25 h
  });

  it('counts 24 real hours across a change of time, not the same clock time the next day', () => {
    // Saturday 28 March 2026 morning ends 12:00 CET = 11:00 UTC; 24 h later is Sunday 13:00 CEST.
    expect(pendingSince(utc('2026-03-29T10:59:00Z'), '2026-03-28', '12:00')).toBe(false);
    expect(pendingSince(utc('2026-03-29T11:00:00Z'), '2026-03-28', '12:00')).toBe(true);
    // Saturday 24 October 2026 ends 12:00 CEST = 10:00 UTC; 24 h later is Sunday 11:00 CET.
    expect(pendingSince(utc('2026-10-25T09:59:00Z'), '2026-10-24', '12:00')).toBe(false);
    expect(pendingSince(utc('2026-10-25T10:00:00Z'), '2026-10-24', '12:00')).toBe(true);
  });
});
