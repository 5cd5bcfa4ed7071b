import type { Backups } from './service';

/** How often the running app checks whether the daily copy is due. */
export const DAILY_CHECK_MS = 3_600_000;

/**
 * The automatic copies of a running Carnet: one at start, then a daily one, checked every hour
 * (a machine that slept through the night catches up within the hour it wakes). The timer does
 * not keep the process alive; the returned function stops it, and is called on close.
 */
export function startBackupSchedule(backups: Backups, checkEveryMs = DAILY_CHECK_MS): () => void {
  void backups.automatic('start');
  const timer = setInterval(() => void backups.dailyIfDue(), checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
