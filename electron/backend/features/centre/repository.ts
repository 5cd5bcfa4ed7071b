import type { CentreImage } from '../../../../shared/api/centre';
import type { Db } from '../../db/open';
import { CENTRE_TEXT_FIELDS, type CentreText } from './rules';

/**
 * The centre's identity is one JSON value in `settings` under the key 'centre' (beside, not
 * inside, the settings schema: it holds references to stored files and is edited by managers
 * too). Its images are rows of stored_files, referred to by id.
 */
const KEY = 'centre';

export interface CentreRecord extends CentreText {
  logoFileId: number | null;
  signatureFileId: number | null;
}

export const EMPTY_CENTRE: CentreRecord = {
  ...(Object.fromEntries(CENTRE_TEXT_FIELDS.map((f) => [f, null])) as CentreText),
  logoFileId: null,
  signatureFileId: null,
};

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const fileId = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;

/** The stored identity; a missing or hand-damaged value reads as empty fields, never as an error. */
export function readCentreRecord(db: Db): CentreRecord {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as
    { value: string } | undefined;
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = row ? JSON.parse(row.value) : {};
    if (parsed && typeof parsed === 'object') stored = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: the identity reads as empty and the next save rewrites it.
  }
  const record: CentreRecord = { ...EMPTY_CENTRE };
  for (const field of CENTRE_TEXT_FIELDS) record[field] = text(stored[field]);
  record.logoFileId = fileId(stored.logoFileId);
  record.signatureFileId = fileId(stored.signatureFileId);
  return record;
}

export function writeCentreRecord(db: Db, record: CentreRecord): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(record));
}

export const imageFileId = (record: CentreRecord, kind: CentreImage): number | null =>
  kind === 'logo' ? record.logoFileId : record.signatureFileId;

export function withImage(record: CentreRecord, kind: CentreImage, id: number | null): CentreRecord {
  return kind === 'logo' ? { ...record, logoFileId: id } : { ...record, signatureFileId: id };
}

/** An image's bytes, or null when the record points to nothing (a file removed by hand). */
export function imageBytes(db: Db, id: number | null): Buffer | null {
  if (id === null) return null;
  const row = db.prepare('SELECT data FROM stored_files WHERE id = ?').get(id) as
    { data: Buffer } | undefined;
  return row?.data ?? null;
}
