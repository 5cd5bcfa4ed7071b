import { describe, expect, it } from 'vitest';
import { programmeHoursForYears } from '../../../shared/domain/documents/programme-hours';

// The BTS NDRC's subjects, hours of year 1 and year 2 (resources/programmes/bts-ndrc.json).
const NDRC = [60, 67.5, 90, 150, 135, 105, 67.5].map((h) => ({ hoursYear1: h, hoursYear2: h }));

describe('programmeHoursForYears', () => {
  it('adds the subjects’ hours of the years the cohort follows', () => {
    expect(programmeHoursForYears(NDRC, 1, 2, 1350)).toBe(1350);
    expect(programmeHoursForYears(NDRC, 2, 2, 1350)).toBe(675);
    expect(programmeHoursForYears([{ hoursYear1: 10.25, hoursYear2: 0.5 }], 1, 1, 99)).toBe(10.25);
  });

  it('falls back on the declared total when the subjects carry no hours', () => {
    expect(programmeHoursForYears([], 1, 2, 1350)).toBe(1350);
    expect(programmeHoursForYears([{ hoursYear1: 0, hoursYear2: 0 }], 1, 2, 900)).toBe(900);
  });

  it('adds in whole minutes, without a float’s drift', () => {
    const thirds = Array.from({ length: 30 }, () => ({ hoursYear1: 0.1, hoursYear2: 0.2 }));
    expect(programmeHoursForYears(thirds, 1, 2, 0)).toBe(9);
  });
});
