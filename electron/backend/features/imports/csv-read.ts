import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { importFileFr as t } from '../../../../shared/i18n/fr/imports';
import { refuseFile, type SheetRow } from './table';

/** A CSV or tab-separated text file as rows of cells, its encoding and separator detected. */

const SEPARATORS = [';', '\t', ','] as const;

export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252: what Excel's "CSV (séparateur :
 * point-virgule)" writes on a French Windows. Node's own TextDecoder('windows-1252') decodes as
 * Latin-1 and loses "’", "Œ", "œ" and "€", hence iconv-lite.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let text: string;
  let encoding: TextEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(bytes, 'win1252');
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

const startsWith = (bytes: Buffer, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function readCsv(
  name: string,
  bytes: Buffer,
): { encoding: TextEncoding; separator: string; rows: SheetRow[] } {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) throw refuseFile(t.utf16(name));
  if (bytes.includes(0)) throw refuseFile(t.binaryCsv(name));
  const { text, encoding } = decodeText(bytes);
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) throw refuseFile(t.unclosedQuote((quote.row ?? 0) + 1));
  return { encoding, separator, rows: parsed.data.map((cells, i) => ({ line: i + 1, cells })) };
}
