import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RotatedBackup } from '../../shared/domain/backup-rotation';
import { addDays } from '../../shared/domain/calendar/dates';

/** One backup per listed day at the given hour; the file is named after day and hour. */
const at = (day: string, hour = 12): RotatedBackup => ({
  file: `${day}@${hour}`,
  at: `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`,
  day,
});

const kept = (all: RotatedBackup[], daily: number, weekly: number) => {
  const gone = new Set(backupsToDelete(all, daily, weekly));
  return all
    .filter((b) => !gone.has(b.file))
    .map((b) => b.file)
    .sort();
};

describe('backup rotation', () => {
  it('keeps the newest backup of each of the last 7 days, then the newest of each of 4 older ISO weeks', () => {
    // Every day from Monday 2026-01-05 to Sunday 2026-03-01, two backups a day.
    const all: RotatedBackup[] = [];
    for (let d = 0; d < 56; d++) {
      const day = addDays('2026-01-05', d);
      all.push(at(day, 8), at(day, 18));
    }
    expect(kept(all, 7, 4)).toEqual(
      [
        // The 7 most recent days (Monday 23 to Sunday 1 March): their 18 h copy.
        ...[
          '2026-02-23',
          '2026-02-24',
          '2026-02-25',
          '2026-02-26',
          '2026-02-27',
          '2026-02-28',
          '2026-03-01',
        ].map((d) => `${d}@18`),
        // Then the newest of each older week: the Sundays of weeks 8, 7, 6, 5.
        ...['2026-02-22', '2026-02-15', '2026-02-08', '2026-02-01'].map((d) => `${d}@18`),
      ].sort(),
    );
  });

  it('counts days that have backups, not calendar days: a holiday closure loses nothing', () => {
    const all = ['2026-02-02', '2026-02-20', '2026-02-21', '2026-03-02'].map((d) => at(d));
    expect(kept(all, 3, 0)).toEqual(['2026-02-20@12', '2026-02-21@12', '2026-03-02@12']);
  });

  it('takes a weekly copy from the days beyond the dailies, even in a week the dailies touch', () => {
    // Week 10 of 2026: Monday 2 to Sunday 8 March. The dailies keep the 7th and 8th.
    const all = ['2026-03-04', '2026-03-05', '2026-03-07', '2026-03-08'].map((d) => at(d));
    expect(kept(all, 2, 1)).toEqual(['2026-03-05@12', '2026-03-07@12', '2026-03-08@12']);
  });

  it('follows ISO weeks across a new year (2026-01-01 is in week 1, 2025-12-28 in week 52)', () => {
    const all = ['2025-12-27', '2025-12-28', '2025-12-29', '2026-01-01', '2026-01-04', '2026-01-10'].map(
      (d) => at(d),
    );
    // Daily: 10 January. Weekly beyond: week 1 of 2026 (29 Dec–4 Jan) -> the 4th; week 52 of 2025 -> the 28th.
    expect(kept(all, 1, 2)).toEqual(['2025-12-28@12', '2026-01-04@12', '2026-01-10@12']);
  });

  it('keeps everything when there are fewer backups than places, and nothing is kept twice', () => {
    const all = [at('2026-03-01', 9), at('2026-03-02', 9)];
    expect(backupsToDelete(all, 7, 4)).toEqual([]);
    expect(backupsToDelete([], 7, 4)).toEqual([]);
  });
});
