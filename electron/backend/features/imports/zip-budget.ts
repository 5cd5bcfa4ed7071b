import { inflateRawSync } from 'node:zlib';

/**
 * A guard run before exceljs opens an uploaded workbook: exceljs (through JSZip) inflates every
 * part whole into memory, so a 2 MB "zip bomb" would take gigabytes and freeze the app. Each part
 * is inflated here under a budget first; an XLSX of 10 000 learners stays far below it.
 */

/** What all the parts of an uploaded workbook may inflate to, together. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

export class ZipBudgetError extends Error {}

function endOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  }
  throw new ZipBudgetError('not a zip');
}

function inflatedSizes(bytes: Buffer, budget: number): void {
  const end = endOfCentralDirectory(bytes);
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let left = budget;
  for (let i = 0; i < entries; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new ZipBudgetError('central directory');
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const local = bytes.readUInt32LE(at + 42);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (bytes.readUInt32LE(local) !== 0x04034b50) throw new ZipBudgetError('local header');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressedSize);
    // Stops with a RangeError as soon as the output would pass what is left of the budget.
    left -= method === 8 ? inflateRawSync(data, { maxOutputLength: left + 1 }).length : data.length;
    if (left < 0) throw new ZipBudgetError('too large');
  }
}

/** Throws ZipBudgetError when the archive is damaged or inflates past `budget` bytes in all. */
export function assertInflatesWithin(bytes: Buffer, budget = MAX_INFLATED_BYTES): void {
  try {
    inflatedSizes(bytes, budget);
  } catch (error) {
    // Offsets past the end, bad deflate data, output past the budget: all say "not a workbook".
    if (error instanceof ZipBudgetError) throw error;
    throw new ZipBudgetError(error instanceof Error ? error.message : String(error));
  }
}
