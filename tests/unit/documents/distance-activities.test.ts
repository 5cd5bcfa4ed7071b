import { describe, expect, it } from 'vitest';
import { DEFAULT_SLOTS } from '../../../shared/domain/calendar/half-days';
import {
  distanceActivities,
  type DistanceLine,
  totalHours,
} from '../../../shared/domain/documents/distance-activities';

const line = (fields: Partial<DistanceLine>): DistanceLine => ({
  date: '2026-03-10',
  slot: 'morning',
  subjectName: 'Anglais',
  note: null,
  presence: 'present',
  lateMinutes: 0,
  leftEarlyMinutes: 0,
  justification: null,
  ...fields,
});

describe('distanceActivities', () => {
  it('times each distance half-day attended as the hours rule does: its length less late and early minutes', () => {
    const activities = distanceActivities(
      [
        line({ date: '2026-03-12', slot: 'afternoon', note: 'Quiz' }),
        line({ lateMinutes: 15, justification: 'unjustified' }),
        line({ date: '2026-03-12', slot: 'morning', leftEarlyMinutes: 45, justification: 'justified' }),
      ],
      DEFAULT_SLOTS,
    );
    // 8:15–12:00 and 13:00–16:45 are 3 h 45 each; oldest first, morning before afternoon.
    expect(activities.map((a) => [a.date, a.slot, a.note, a.hours])).toEqual([
      ['2026-03-10', 'morning', null, 3.5],
      ['2026-03-12', 'morning', null, 3],
      ['2026-03-12', 'afternoon', 'Quiz', 3.75],
    ]);
    expect(totalHours(activities)).toBe(10.25);
  });

  it('leaves out the sessions missed: nothing was realised', () => {
    expect(
      distanceActivities([line({ presence: 'absent', justification: 'justified' })], DEFAULT_SLOTS),
    ).toEqual([]);
    expect(distanceActivities([line({ lateMinutes: 300 })], DEFAULT_SLOTS)).toEqual([]);
  });

  it('follows the centre’s own times', () => {
    const slots = { ...DEFAULT_SLOTS, evening: { start: '17:00', end: '20:30' } };
    expect(distanceActivities([line({ slot: 'evening' })], slots)[0]!.hours).toBe(3.5);
  });
});
