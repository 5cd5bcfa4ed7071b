import { createHash } from 'node:crypto';
import { storedFilesFr as t } from '../../../shared/i18n/fr/attendance';
import type { Db } from '../db/open';
import { AppError } from '../errors';

/**
 * Files kept inside the database (table stored_files): drawn signatures, scans of paper sheets,
 * documents that justify an absence. Inside the database so that one backup holds them all.
 * The type is read from the bytes, never from the name: a renamed Word file is not a PDF.
 */

export const STORED_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type StoredMime = (typeof STORED_MIME_TYPES)[number];

/** A scan at 150 dpi in grey fits well under it; the request itself is limited to 5 MB. */
export const MAX_STORED_BYTES = 4 * 1024 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The type of a file from its first bytes; null for anything but a PDF, a PNG or a JPEG. */
export function sniffMime(bytes: Uint8Array): StoredMime | null {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return null;
}

export interface IncomingFile {
  name: string;
  mimeType: StoredMime;
  bytes: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** "C:\fakepath\feuille.pdf" → "feuille.pdf": only the name is kept, never a path. */
function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return name === '' ? 'fichier' : name.slice(0, 255);
}

const refuse = (code: 'INVALID_INPUT' | 'TOO_LARGE', field: string, message: string) =>
  new AppError(code, message, { [field]: message });

/**
 * Checks an upload (base64, size, type sniffed from the bytes) and returns it ready to save;
 * refuses in French at `field`. `accepted` narrows the types (signatures are PNG only).
 */
export function acceptUpload(
  upload: { fileName: string; contentBase64: string },
  field: string,
  accepted: readonly StoredMime[] = STORED_MIME_TYPES,
): IncomingFile {
  const name = baseName(upload.fileName);
  const text = upload.contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(text) || text.length % 4 === 1) throw refuse('INVALID_INPUT', field, t.unreadable(name));
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0) throw refuse('INVALID_INPUT', field, t.empty(name));
  if (bytes.length > MAX_STORED_BYTES) {
    throw refuse('TOO_LARGE', field, t.tooLarge(name, bytes.length, MAX_STORED_BYTES));
  }
  const mimeType = sniffMime(bytes);
  if (!mimeType || !accepted.includes(mimeType)) throw refuse('INVALID_INPUT', field, t.wrongType(name));
  return { name, mimeType, bytes };
}

/** Saves a checked file and returns its id; written in the caller's transaction. */
export function saveFile(db: Db, file: IncomingFile, userId: number | null, now: Date): number {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO stored_files (name, mime_type, size, sha256, data, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(file.name, file.mimeType, file.bytes.length, sha256, file.bytes, userId, now.toISOString());
  return Number(lastInsertRowid);
}

export interface StoredFile {
  id: number;
  name: string;
  mimeType: StoredMime;
  size: number;
  sha256: string;
  data: Buffer;
  createdAt: string;
}

export function readFile(db: Db, id: number): StoredFile | null {
  return (
    (db
      .prepare(
        `SELECT id, name, mime_type AS mimeType, size, sha256, data, created_at AS createdAt
         FROM stored_files WHERE id = ?`,
      )
      .get(id) as StoredFile | undefined) ?? null
  );
}

/** A stored file as the API's `fileDownload` carries it. */
export function toDownload(file: StoredFile): { fileName: string; mimeType: string; contentBase64: string } {
  return { fileName: file.name, mimeType: file.mimeType, contentBase64: file.data.toString('base64') };
}

/** Deletes a file no row points to any more (the foreign keys refuse otherwise); null is a no-op. */
export function deleteFile(db: Db, id: number | null): void {
  if (id !== null) db.prepare('DELETE FROM stored_files WHERE id = ?').run(id);
}
