import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../../shared/api/settings';
import type { Db } from '../../db/open';

/** Settings are stored one JSON value per key; a missing or unreadable key falls back to its default. */
export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const { key, value } of rows) {
    try {
      stored[key] = JSON.parse(value);
    } catch {
      // A hand-edited value that is not JSON: the default applies.
    }
  }
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const one = settingsSchema.shape[key].safeParse(stored[key]);
    if (one.success) merged[key] = one.data;
  }
  return merged as Settings;
}

export function writeSettings(db: Db, changes: Partial<Settings>): void {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}
