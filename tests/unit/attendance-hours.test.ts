import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetRoster, type Membership } from '../../shared/domain/attendance/roster';
import {
  absenceRate,
  lineHours,
  sumHours,
  unjustifiedShare,
  type Justification,
  type LineFacts,
} from '../../shared/domain/attendance/hours';

const HALF_DAY = 3.75;

const line = (overrides: Partial<LineFacts> = {}): LineFacts => ({
  sessionHours: HALF_DAY,
  presence: 'present',
  lateMinutes: 0,
  leftEarlyMinutes: 0,
  justification: null,
  ...overrides,
});

describe('lineHours: one learner on one half-day', () => {
  it('counts a plain presence as the whole half-day attended', () => {
    expect(lineHours(line())).toEqual({ scheduled: 3.75, attended: 3.75, excused: 0, missed: 0 });
  });

  it('deducts the minutes arrived late and left early, missed until justified', () => {
    expect(lineHours(line({ lateMinutes: 15, justification: 'pending' }))).toEqual({
      scheduled: 3.75,
      attended: 3.5,
      excused: 0,
      missed: 0.25,
    });
    expect(lineHours(line({ leftEarlyMinutes: 45, justification: 'unjustified' }))).toEqual({
      scheduled: 3.75,
      attended: 3,
      excused: 0,
      missed: 0.75,
    });
    expect(lineHours(line({ lateMinutes: 15, leftEarlyMinutes: 30, justification: 'justified' }))).toEqual({
      scheduled: 3.75,
      attended: 3,
      excused: 0.75,
      missed: 0,
    });
  });

  it('never counts more away than the session lasts: late + left early beyond it is the whole session', () => {
    // 200 + 100 minutes out of a 225-minute half-day.
    expect(lineHours(line({ lateMinutes: 200, leftEarlyMinutes: 100, justification: 'pending' }))).toEqual({
      scheduled: 3.75,
      attended: 0,
      excused: 0,
      missed: 3.75,
    });
    expect(lineHours(line({ lateMinutes: 240, justification: 'justified' }))).toEqual({
      scheduled: 3.75,
      attended: 0,
      excused: 3.75,
      missed: 0,
    });
    // Exactly the session: nothing attended, nothing negative.
    expect(lineHours(line({ lateMinutes: 225, justification: 'pending' })).attended).toBe(0);
  });

  it('treats negative minutes as none', () => {
    expect(lineHours(line({ lateMinutes: -30, leftEarlyMinutes: -5 }))).toEqual(lineHours(line()));
  });

  it('counts an absence as excused when justified, missed when pending or unjustified', () => {
    const whole = { scheduled: 3.75, attended: 0 };
    expect(lineHours(line({ presence: 'absent', justification: 'justified' }))).toEqual({
      ...whole,
      excused: 3.75,
      missed: 0,
    });
    expect(lineHours(line({ presence: 'absent', justification: 'pending' }))).toEqual({
      ...whole,
      excused: 0,
      missed: 3.75,
    });
    expect(lineHours(line({ presence: 'absent', justification: 'unjustified' }))).toEqual({
      ...whole,
      excused: 0,
      missed: 3.75,
    });
    // A follow-up never filled in counts as not justified.
    expect(lineHours(line({ presence: 'absent', justification: null })).missed).toBe(3.75);
  });

  it('ignores minutes on an absence: the half-day is missed once, not more', () => {
    expect(
      lineHours(
        line({ presence: 'absent', lateMinutes: 30, leftEarlyMinutes: 30, justification: 'pending' }),
      ),
    ).toEqual({ scheduled: 3.75, attended: 0, excused: 0, missed: 3.75 });
  });

  it('justifies nothing on a plain presence even if marked justified', () => {
    expect(lineHours(line({ justification: 'justified' }))).toEqual({
      scheduled: 3.75,
      attended: 3.75,
      excused: 0,
      missed: 0,
    });
  });

  it('follows the session’s own length (a 2-hour evening masterclass)', () => {
    expect(lineHours(line({ sessionHours: 2, lateMinutes: 30, justification: 'pending' }))).toEqual({
      scheduled: 2,
      attended: 1.5,
      excused: 0,
      missed: 0.5,
    });
  });
});

describe('sumHours and the rates', () => {
  it('adds a learner’s lines in whole minutes: 3 h 45 × 400 is exactly 1 500 h', () => {
    const year = Array.from({ length: 400 }, () => line());
    expect(sumHours(year)).toEqual({ scheduled: 1500, attended: 1500, excused: 0, missed: 0 });
    // Thirds of an hour do not drift either: 3 × 20 minutes late is one hour.
    const thirds = Array.from({ length: 3 }, () => line({ lateMinutes: 20, justification: 'pending' }));
    expect(sumHours(thirds).missed).toBe(1);
  });

  it('mixes presences, lateness and absences of every follow-up', () => {
    const week = [
      line(),
      line({ lateMinutes: 15, justification: 'pending' }),
      line({ presence: 'absent', justification: 'justified' }),
      line({ presence: 'absent', justification: 'unjustified' }),
      line({ leftEarlyMinutes: 45, justification: 'justified' }),
    ];
    const total = sumHours(week);
    expect(total).toEqual({ scheduled: 18.75, attended: 10.25, excused: 4.5, missed: 4 });
    expect(absenceRate(total)).toBeCloseTo(8.5 / 18.75, 12);
    expect(unjustifiedShare(total)).toBeCloseTo(4 / 18.75, 12);
  });

  it('gives rates of 0 when nothing is scheduled', () => {
    const none = sumHours([]);
    expect(none).toEqual({ scheduled: 0, attended: 0, excused: 0, missed: 0 });
    expect(absenceRate(none)).toBe(0);
    expect(unjustifiedShare(none)).toBe(0);
  });
});

describe('a learner who joins mid-year', () => {
  const people = (id: number, surname: string, startDate: string, endDate: string | null): Membership => ({
    learnerId: id,
    surname,
    firstName: 'Alex',
    startDate,
    endDate,
  });
  const memberships = [
    people(1, 'Martin', '2025-09-01', null),
    people(2, 'Zola', '2026-01-05', null), // joined on Monday 5 January
    people(3, 'Éluard', '2025-09-01', '2026-01-05'), // left the day before
  ];
  // One morning a week from September to June.
  const dates = Array.from({ length: 40 }, (_, i) =>
    new Date(Date.UTC(2025, 8, 2 + i * 7)).toISOString().slice(0, 10),
  );

  it('is on no sheet dated before joining, so no hour before counts for them', () => {
    const before = sheetRoster(memberships, [], '2025-12-30').map((e) => e.surname);
    const after = sheetRoster(memberships, [], '2026-01-06').map((e) => e.surname);
    expect(before).toEqual(['Éluard', 'Martin']); // French order: É sorts with E
    expect(after).toEqual(['Martin', 'Zola']);
    expect(sheetRoster(memberships, [], '2026-01-05').map((e) => e.learnerId)).toEqual([1, 2]);
    expect(sheetRoster(memberships, [], '2026-01-04').map((e) => e.learnerId)).toEqual([3, 1]);

    // Everyone present at every session they are on: Zola's year starts in January.
    const linesOf = new Map<number, LineFacts[]>();
    for (const date of dates) {
      for (const entry of sheetRoster(memberships, [], date)) {
        linesOf.set(entry.learnerId, [...(linesOf.get(entry.learnerId) ?? []), line()]);
      }
    }
    const joinedIndex = dates.findIndex((d) => d >= '2026-01-05');
    expect(sumHours(linesOf.get(1)!).scheduled).toBe(40 * 3.75);
    expect(sumHours(linesOf.get(2)!).scheduled).toBe((40 - joinedIndex) * 3.75);
    expect(sumHours(linesOf.get(3)!).scheduled).toBe(joinedIndex * 3.75);
    expect(absenceRate(sumHours(linesOf.get(2)!))).toBe(0);
  });

  it('keeps on a sheet a learner already recorded there, even after they left the group', () => {
    const recorded = [{ learnerId: 3, surname: 'Éluard', firstName: 'Alex', presence: 'present' }];
    const entries = sheetRoster(memberships, recorded, '2026-02-02');
    expect(entries.map((e) => [e.surname, e.line?.presence ?? null])).toEqual([
      ['Éluard', 'present'],
      ['Martin', null],
      ['Zola', null],
    ]);
  });
});

describe('attended + excused + missed = scheduled (property)', () => {
  const facts = fc.record({
    sessionHours: fc.constantFrom(3.75, 2, 4, 1.5, 0.25),
    presence: fc.constantFrom('present' as const, 'absent' as const),
    lateMinutes: fc.integer({ min: -10, max: 300 }),
    leftEarlyMinutes: fc.integer({ min: -10, max: 300 }),
    justification: fc.constantFrom<Justification | null>('pending', 'justified', 'unjustified', null),
  });

  it('holds for every line, each part between 0 and the session', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const h = lineHours(f);
        expect(h.scheduled).toBe(f.sessionHours);
        expect(h.attended + h.excused + h.missed).toBeCloseTo(h.scheduled, 9);
        for (const part of [h.attended, h.excused, h.missed]) {
          expect(part).toBeGreaterThanOrEqual(0);
          expect(part).toBeLessThanOrEqual(h.scheduled);
        }
        if (f.justification === 'justified') expect(h.missed).toBe(0);
        else expect(h.excused).toBe(0);
      }),
    );
  });

  it('holds for any sum of lines, which equals the lines added one by one', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 60 }), (lines) => {
        const total = sumHours(lines);
        expect(total.attended + total.excused + total.missed).toBeCloseTo(total.scheduled, 9);
        const byLine = lines.map(lineHours);
        expect(total.attended).toBeCloseTo(
          byLine.reduce((s, h) => s + h.attended, 0),
          9,
        );
        expect(total.scheduled).toBeCloseTo(
          byLine.reduce((s, h) => s + h.scheduled, 0),
          9,
        );
      }),
    );
  });
});
