import { describe, expect, it } from 'vitest';
import { NO_ABSENCES, summariseAbsences } from '../../../electron/backend/documents/report-card/absences';
import type { CountedLine } from '../../../shared/domain/attendance/hours';

const line = (fields: Partial<CountedLine>): CountedLine => ({
  sessionHours: 3.75,
  presence: 'present',
  lateMinutes: 0,
  leftEarlyMinutes: 0,
  justification: null,
  ...fields,
});

describe('a report card’s attendance', () => {
  it('is empty without lines', () => {
    expect(summariseAbsences([])).toEqual(NO_ABSENCES);
  });

  it('splits absent half-days by justification, pending and unset counting as unjustified', () => {
    expect(
      summariseAbsences([
        line({ presence: 'absent', justification: 'justified', count: 2 }),
        line({ presence: 'absent', justification: 'unjustified' }),
        line({ presence: 'absent', justification: 'pending', sessionHours: 2 }),
        line({ presence: 'absent', justification: null }),
        line({ count: 10 }),
      ]),
    ).toEqual({
      justified: { halfDays: 2, hours: 7.5 },
      unjustified: { halfDays: 3, hours: 9.5 },
      lates: { count: 0, minutes: 0 },
    });
  });

  it('counts late arrivals and their minutes apart from the absences', () => {
    expect(
      summariseAbsences([
        line({ lateMinutes: 15, justification: 'unjustified' }),
        line({ lateMinutes: 10, justification: 'justified', count: 3 }),
        line({ leftEarlyMinutes: 30, justification: 'pending' }),
      ]),
    ).toEqual({
      justified: { halfDays: 0, hours: 0 },
      unjustified: { halfDays: 0, hours: 0 },
      lates: { count: 4, minutes: 45 },
    });
  });
});
