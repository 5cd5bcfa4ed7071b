import PDFDocument from 'pdfkit';
import type { CentreImage } from '../../../../shared/api/centre';
import { centreFr as t } from '../../../../shared/i18n/fr/centre';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { AppError, notFound } from '../../errors';
import {
  deleteFile,
  readFile,
  saveFile,
  sniffMime,
  toDownload,
  type IncomingFile,
} from '../../files/stored-files';
import { MAX_IMAGE_BYTES } from './rules';
import { imageFileId, readCentreRecord, withImage, writeCentreRecord } from './repository';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const refuse = (code: 'INVALID_INPUT' | 'TOO_LARGE', message: string) =>
  new AppError(code, message, { file: message });

/** pdfkit must be able to draw it: a file that only starts like a PNG would break every print. */
function drawable(bytes: Buffer): boolean {
  try {
    new PDFDocument({ autoFirstPage: true }).image(bytes, 0, 0, { width: 10 });
    return true;
  } catch {
    return false;
  }
}

/** A logo or signature as uploaded, checked by its bytes: PNG or JPEG, 2 MB at most, readable. */
export function acceptImage(upload: { fileName: string; contentBase64: string }): IncomingFile {
  const text = upload.contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(text) || text.length % 4 === 1) throw refuse('INVALID_INPUT', t.imageUnreadable);
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > MAX_IMAGE_BYTES) throw refuse('TOO_LARGE', t.imageTooLarge);
  const mimeType = sniffMime(bytes);
  if (mimeType !== 'image/png' && mimeType !== 'image/jpeg') throw refuse('INVALID_INPUT', t.imageType);
  if (!drawable(bytes)) throw refuse('INVALID_INPUT', t.imageUnreadable);
  const name = upload.fileName.split(/[\\/]/).pop()?.trim().slice(0, 255) || 'image';
  return { name, mimeType, bytes };
}

/** Sets the image; the one it replaces is deleted, so the database keeps no orphan. */
export function setImage(ctx: HandlerContext, kind: CentreImage, file: IncomingFile): void {
  const record = readCentreRecord(ctx.db);
  const previous = imageFileId(record, kind);
  const id = saveFile(ctx.db, file, ctx.user?.id ?? null, ctx.now);
  writeCentreRecord(ctx.db, withImage(record, kind, id));
  deleteFile(ctx.db, previous);
  auditCall(ctx, 'centre.setImage', kind, {
    fileName: file.name,
    mimeType: file.mimeType,
    size: file.bytes.length,
  });
}

export function removeImage(ctx: HandlerContext, kind: CentreImage): void {
  const record = readCentreRecord(ctx.db);
  const previous = imageFileId(record, kind);
  if (previous === null) throw notFound(t.noImage(kind));
  writeCentreRecord(ctx.db, withImage(record, kind, null));
  deleteFile(ctx.db, previous);
  auditCall(ctx, 'centre.removeImage', kind);
}

export function imageDownload(ctx: HandlerContext, kind: CentreImage) {
  const id = imageFileId(readCentreRecord(ctx.db), kind);
  const file = id === null ? null : readFile(ctx.db, id);
  if (!file) throw notFound(t.noImage(kind));
  return toDownload(file);
}
