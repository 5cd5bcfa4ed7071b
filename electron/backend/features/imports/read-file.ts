import { importFileFr as t } from '../../../../shared/i18n/fr/imports';
import { readCsv } from './csv-read';
import { refuseFile, type ImportTable, type SheetRow } from './table';
import { NoWorksheetError, readFirstSheet } from './workbook-read';

/**
 * An uploaded CSV or XLSX file as a table of trimmed text cells: the header row and the data
 * rows, each with the line number the person sees in their spreadsheet. Empty lines are left out.
 * Asynchronous (exceljs reads so): called in the `before` stage of a handler, outside the
 * transaction.
 */

const MAX_ROWS = 10_000;

const startsWith = (bytes: Buffer, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

async function readXlsx(name: string, bytes: Buffer): Promise<SheetRow[]> {
  try {
    return await readFirstSheet(bytes);
  } catch (error) {
    // Whatever breaks inside a damaged archive (zip, XML, budget), the file is unreadable.
    if (error instanceof NoWorksheetError) throw refuseFile(t.noWorksheet(name));
    throw refuseFile(t.unreadableXlsx(name));
  }
}

async function rawRows(file: { fileName: string; contentBase64: string }) {
  const name = file.fileName;
  if (!/^[A-Za-z0-9+/=\s]*$/.test(file.contentBase64)) throw refuseFile(t.notBase64);
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length === 0) throw refuseFile(t.emptyFile(name));
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw refuseFile(t.oldXls(name));
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return { format: 'xlsx' as const, encoding: null, separator: null, rows: await readXlsx(name, bytes) };
  }
  if (extension === 'xlsx' || extension === 'xlsm') throw refuseFile(t.unreadableXlsx(name));
  if (!['csv', 'txt', 'tsv'].includes(extension)) throw refuseFile(t.unsupportedType(name));
  return { format: 'csv' as const, ...readCsv(name, bytes) };
}

/** Rows of one cell followed by a wider row are titles above the table, not its header. */
function headerIndex(rows: readonly SheetRow[]): number {
  const filled = (row: SheetRow) => row.cells.filter(Boolean).length;
  if (filled(rows[0]!) > 1) return 0;
  const wider = rows.slice(0, 5).findIndex((row) => filled(row) > 1);
  return wider > 0 ? wider : 0;
}

export async function readImportFile(file: {
  fileName: string;
  contentBase64: string;
}): Promise<ImportTable> {
  const raw = await rawRows(file);
  const rows = raw.rows
    .map((row) => {
      const cells = row.cells.map((c) => (c ?? '').trim());
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      return { line: row.line, cells };
    })
    .filter((row) => row.cells.length > 0);
  if (rows.length === 0) throw refuseFile(t.emptyFile(file.fileName));
  if (rows.length > MAX_ROWS + 1) throw refuseFile(t.tooManyRows(MAX_ROWS));
  const at = headerIndex(rows);
  const data = rows.slice(at + 1);
  if (data.length === 0) throw refuseFile(t.noDataRows(file.fileName));
  const width = Math.max(...rows.slice(at).map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => rows[at]!.cells[i] || t.untitledColumn(i + 1));
  return { ...raw, headers, rows: data };
}
