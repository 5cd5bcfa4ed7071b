import ExcelJS from 'exceljs';
import type { FileDownload } from '../../../../shared/api/fields';

/**
 * Writes XLSX workbooks with exceljs: sheets of text, numbers and dates, an optional bold title
 * line, a bold header row kept in view, column widths. Asynchronous (exceljs writes so): called in
 * the `after` stage of a handler, from what its transaction read.
 */

export interface Column {
  header: string;
  /** In characters, as Excel counts them. */
  width: number;
  /** ISO dates are written as real dates shown JJ/MM/AAAA. */
  date?: boolean;
}

export type CellValue = string | number | null;

export interface Sheet {
  name: string;
  title?: string;
  columns: readonly Column[];
  rows: readonly (readonly CellValue[])[];
}

/** A workbook to write once the transaction is over: its file name, document title and sheets. */
export interface WorkbookPlan {
  fileName: string;
  /** The document title (File > Properties). */
  title: string;
  sheets: readonly Sheet[];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const cleanSheetName = (name: string) =>
  name
    .replace(/[[\]:*?/\\]/g, '-')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();

/** Excel refuses sheet names over 31 characters, with []:*?/\ or quotes at an end, "History" or twins. */
export function sheetNames(wanted: readonly string[]): string[] {
  const used = new Set(['history']);
  return wanted.map((name) => {
    const base = cleanSheetName(cleanSheetName(name).slice(0, 31)) || 'Feuille';
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++)
      candidate = `${base.slice(0, 31 - ` (${n})`.length).trim()} (${n})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

function addSheet(book: ExcelJS.Workbook, name: string, sheet: Sheet): void {
  const headerLine = sheet.title ? 2 : 1;
  const ws = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerLine, topLeftCell: `A${headerLine + 1}` }],
  });
  sheet.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  if (sheet.title) {
    const title = ws.getCell(1, 1);
    title.value = sheet.title;
    title.font = { bold: true, size: 14 };
  }
  const header = ws.getRow(headerLine);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
  });
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(headerLine + 1 + r);
    sheet.columns.forEach((column, i) => {
      const value = values[i] ?? null;
      // Empty cells are left unwritten, so a reader sees no value rather than an empty string.
      if (value === null || value === '') return;
      const cell = row.getCell(i + 1);
      if (column.date && typeof value === 'string' && ISO_DATE.test(value)) {
        cell.value = new Date(`${value}T00:00:00Z`);
        cell.numFmt = 'dd/mm/yyyy';
      } else cell.value = value;
    });
  });
}

export async function writeWorkbook(sheets: readonly Sheet[], title = ''): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Carnet';
  book.title = title;
  const names = sheetNames(sheets.map((s) => s.name));
  sheets.forEach((sheet, i) => addSheet(book, names[i]!, sheet));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function workbookDownload(plan: WorkbookPlan): Promise<FileDownload> {
  const bytes = await writeWorkbook(plan.sheets, plan.title);
  return { fileName: plan.fileName, mimeType: XLSX_MIME, contentBase64: bytes.toString('base64') };
}
