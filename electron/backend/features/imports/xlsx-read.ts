import { posix } from 'node:path';
import { excelSerialToIso } from '../../../../shared/domain/import-values';
import { decodeXml, elements, textOf } from './xml';
import { unzip } from './zip';

/**
 * The first worksheet of an XLSX workbook as text cells, the way a person reads them on screen:
 * dates as ISO "AAAA-MM-JJ", rich text as plain text, formulas as their last computed result,
 * numbers as digits (zero-padded when the cell's format pads them, as for SIRET or postcodes).
 */

export interface SheetRow {
  /** The row number shown by the spreadsheet. */
  line: number;
  cells: string[];
}

export class XlsxError extends Error {}

type CellKind = 'date' | 'time' | { pad: number } | 'number';

/** Built-in number formats that show a date, or a time (ECMA-376 part 1, 18.8.30). */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const BUILTIN_TIMES = new Set([18, 19, 20, 21, 45, 46, 47]);

function kindOfFormat(code: string): CellKind {
  if (/^0+$/.test(code)) return { pad: code.length };
  // Literal text, colours and locales say nothing of what is shown: drop them first.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|[_*]./g, '');
  if (/[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare))) return 'date';
  if (/[hs]/i.test(bare)) return 'time';
  return 'number';
}

function styleKinds(stylesXml: string | undefined): CellKind[] {
  if (!stylesXml) return [];
  const formats = new Map<number, string>();
  for (const f of elements(stylesXml, 'numFmt'))
    formats.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...elements(cellXfs, 'xf')].map(({ attrs }) => {
    const id = Number(attrs.numFmtId ?? 0);
    if (BUILTIN_DATES.has(id)) return 'date';
    if (BUILTIN_TIMES.has(id)) return 'time';
    const code = formats.get(id);
    return code ? kindOfFormat(code) : 'number';
  });
}

function numberText(value: number, kind: CellKind, date1904: boolean): string {
  if (kind === 'date') return excelSerialToIso(value, date1904);
  if (kind === 'time') {
    const minutes = Math.round((value - Math.floor(value)) * 1440);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  // Excel shows 15 significant digits; beyond them a stored double only adds noise.
  const text = String(Number(value.toPrecision(15)));
  return typeof kind === 'object' && Number.isInteger(value) ? text.padStart(kind.pad, '0') : text;
}

function columnIndex(ref: string | undefined, fallback: number): number {
  const letters = ref ? /^[A-Z]+/i.exec(ref)?.[0] : undefined;
  if (!letters) return fallback;
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

function resolve(base: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(base), target));
}

function relationships(
  files: Map<string, Buffer>,
  part: string,
): Map<string, { type: string; target: string }> {
  const relsPath = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
  const xml = files.get(relsPath)?.toString('utf8') ?? '';
  const out = new Map<string, { type: string; target: string }>();
  for (const r of elements(xml, 'Relationship')) {
    out.set(r.attrs.Id ?? '', { type: r.attrs.Type ?? '', target: resolve(part, r.attrs.Target ?? '') });
  }
  return out;
}

/** Throws XlsxError when the bytes are not a workbook (another zip, a damaged file). */
export function readFirstSheet(bytes: Buffer): SheetRow[] {
  const files = unzip(bytes);
  const text = (path: string | undefined) => (path ? files.get(path)?.toString('utf8') : undefined);
  const rootRels = relationships(files, '');
  const workbookPath =
    [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = text(workbookPath);
  if (!workbook) throw new XlsxError('no workbook');
  const rels = relationships(files, workbookPath);
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const date1904 = /date1904\s*=\s*["'](?:1|true)["']/.test(
    /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '',
  );
  const sheets = [...elements(workbook, 'sheet')].filter((s) =>
    rels.get(s.attrs.id ?? '')?.type.endsWith('/worksheet'),
  );
  const first = sheets.find((s) => s.attrs.state !== 'hidden' && s.attrs.state !== 'veryHidden') ?? sheets[0];
  const sheet = text(first ? rels.get(first.attrs.id ?? '')?.target : undefined);
  if (sheet === undefined) throw new XlsxError('no worksheet');

  const shared = [...elements(text(byType('/sharedStrings')) ?? '', 'si')].map((si) => textOf(si.inner));
  const kinds = styleKinds(text(byType('/styles')));
  const rows: SheetRow[] = [];
  let nextLine = 1;
  for (const row of elements(sheet, 'row')) {
    const line = row.attrs.r ? Number(row.attrs.r) : nextLine;
    nextLine = line + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cell of elements(row.inner, 'c')) {
      const column = columnIndex(cell.attrs.r, nextColumn);
      nextColumn = column + 1;
      const raw = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(cell.inner)?.[1];
      const type = cell.attrs.t ?? 'n';
      let value = '';
      if (type === 'inlineStr') value = textOf(cell.inner);
      else if (raw === undefined) value = '';
      else if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'str' || type === 'e') value = decodeXml(raw);
      else if (type === 'b') value = raw === '1' ? 'VRAI' : 'FAUX';
      else if (type === 'd') value = decodeXml(raw).slice(0, 10);
      else {
        const number = Number(raw);
        value = Number.isFinite(number)
          ? numberText(number, kinds[Number(cell.attrs.s ?? 0)] ?? 'number', date1904)
          : raw;
      }
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    rows.push({ line, cells });
  }
  return rows;
}
