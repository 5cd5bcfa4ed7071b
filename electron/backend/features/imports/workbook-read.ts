import ExcelJS from 'exceljs';
import { cellText } from './cell-text';
import type { SheetRow } from './table';
import { assertInflatesWithin } from './zip-budget';

/** The first visible worksheet of an XLSX workbook as rows of text cells (see cell-text.ts). */

export class NoWorksheetError extends Error {}

/**
 * Rejects (with whatever exceljs or the zip budget throws) when the bytes are not a workbook, and
 * with NoWorksheetError when the workbook holds no sheet.
 */
export async function readFirstSheet(bytes: Buffer): Promise<SheetRow[]> {
  assertInflatesWithin(bytes);
  const book = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; the copy is at most the 5 MB of an upload.
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = book.worksheets.find((s) => s.state === 'visible') ?? book.worksheets[0];
  if (!sheet) throw new NoWorksheetError();
  const rows: SheetRow[] = [];
  sheet.eachRow((row, line) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      const text = cellText(cell);
      if (!text) return;
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = text;
    });
    rows.push({ line, cells });
  });
  return rows;
}
