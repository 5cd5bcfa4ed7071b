import Papa from 'papaparse';
import { importFileFr as t } from '../../../../shared/i18n/fr/imports';
import { AppError } from '../../errors';
import { decodeWindows1252 } from './cp1252';
import { readFirstSheet, XlsxError, type SheetRow } from './xlsx-read';

/**
 * An uploaded CSV or XLSX file as a table of trimmed text cells: the header row and the data
 * rows, each with the line number the person sees in their spreadsheet. Empty lines are left out.
 */

export interface ImportTable {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1252' | null;
  separator: string | null;
  headers: string[];
  rows: SheetRow[];
}

const MAX_ROWS = 10_000;
const SEPARATORS = [';', '\t', ','] as const;

const refuse = (message: string): AppError => new AppError('INVALID_INPUT', message, { file: message });

function startsWith(bytes: Buffer, ...magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function decode(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV (séparateur : point-virgule)" on a French Windows writes Windows-1252.
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}

/** The separator used most on the first line outside quotes; ";" wins ties, as in French files. */
export function detectSeparator(text: string): string {
  const firstLine = /[^\r\n]*\S[^\r\n]*/.exec(text)?.[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = SEPARATORS.map((s) => unquoted.split(s).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ';' : SEPARATORS[counts.indexOf(best)]!;
}

function readCsv(name: string, bytes: Buffer): Omit<ImportTable, 'headers' | 'rows'> & { rows: SheetRow[] } {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) throw refuse(t.utf16(name));
  if (bytes.includes(0)) throw refuse(t.binaryCsv(name));
  const { text, encoding } = decode(bytes);
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) throw refuse(t.unclosedQuote((quote.row ?? 0) + 1));
  return {
    format: 'csv',
    encoding,
    separator,
    rows: parsed.data.map((cells, i) => ({ line: i + 1, cells })),
  };
}

function readXlsx(name: string, bytes: Buffer): SheetRow[] {
  try {
    return readFirstSheet(bytes);
  } catch (error) {
    // Whatever breaks inside a damaged archive (zip, inflate, offsets), the file is unreadable.
    if (error instanceof XlsxError && error.message === 'no worksheet') throw refuse(t.noWorksheet(name));
    throw refuse(t.unreadableXlsx(name));
  }
}

function rawRows(file: { fileName: string; contentBase64: string }) {
  const name = file.fileName;
  if (!/^[A-Za-z0-9+/=\s]*$/.test(file.contentBase64)) throw refuse(t.notBase64);
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length === 0) throw refuse(t.emptyFile(name));
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw refuse(t.oldXls(name));
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return { format: 'xlsx' as const, encoding: null, separator: null, rows: readXlsx(name, bytes) };
  }
  if (extension === 'xlsx' || extension === 'xlsm') throw refuse(t.unreadableXlsx(name));
  if (!['csv', 'txt', 'tsv'].includes(extension)) throw refuse(t.unsupportedType(name));
  return readCsv(name, bytes);
}

/** Rows of one cell followed by a wider row are titles above the table, not its header. */
function headerIndex(rows: readonly SheetRow[]): number {
  const filled = (row: SheetRow) => row.cells.filter(Boolean).length;
  if (filled(rows[0]!) > 1) return 0;
  const wider = rows.slice(0, 5).findIndex((row) => filled(row) > 1);
  return wider > 0 ? wider : 0;
}

export function readImportFile(file: { fileName: string; contentBase64: string }): ImportTable {
  const raw = rawRows(file);
  const rows = raw.rows
    .map((row) => {
      const cells = row.cells.map((c) => (c ?? '').trim());
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      return { line: row.line, cells };
    })
    .filter((row) => row.cells.length > 0);
  if (rows.length === 0) throw refuse(t.emptyFile(file.fileName));
  if (rows.length > MAX_ROWS + 1) throw refuse(t.tooManyRows(MAX_ROWS));
  const at = headerIndex(rows);
  const data = rows.slice(at + 1);
  const width = Math.max(...rows.slice(at).map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => rows[at]!.cells[i] || t.untitledColumn(i + 1));
  return { ...raw, headers, rows: data };
}
