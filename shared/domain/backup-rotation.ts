import { isoWeek } from './calendar/dates';

/** An automatic backup as rotation sees it: `day` is its local calendar day (YYYY-MM-DD). */
export interface RotatedBackup {
  file: string;
  /** ISO instant. */
  at: string;
  day: string;
}

/**
 * Which automatic backups to delete so that there remain: the newest backup of each of the
 * `keepDaily` most recent days that have one, then, among the older ones, the newest of each of
 * the `keepWeekly` most recent ISO weeks. Everything else goes. Manual, pre-migration and
 * pre-restore copies never reach this rule (the caller leaves them out).
 */
export function backupsToDelete(
  backups: readonly RotatedBackup[],
  keepDaily: number,
  keepWeekly: number,
): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const keep = new Set<string>();
  const days = new Set<string>();
  const older: RotatedBackup[] = [];
  for (const backup of newestFirst) {
    if (days.has(backup.day)) continue; // an older copy of a day already kept
    if (days.size < keepDaily) {
      days.add(backup.day);
      keep.add(backup.file);
    } else older.push(backup);
  }
  const weeks = new Set<string>();
  for (const backup of older) {
    const { year, week } = isoWeek(backup.day);
    const key = `${year}-${week}`;
    if (weeks.has(key) || weeks.size >= keepWeekly) continue;
    weeks.add(key);
    keep.add(backup.file);
  }
  return newestFirst.filter((b) => !keep.has(b.file)).map((b) => b.file);
}
