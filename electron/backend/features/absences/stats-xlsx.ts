import ExcelJS from 'exceljs';
import type { FileDownload } from '../../../../shared/api/fields';
import { statsXlsxFr as t } from '../../../../shared/i18n/fr/absences';
import { safeFileName } from '../../file-names';
import { sheetNames, XLSX_MIME } from '../imports/workbook-write';
import type { Stats, StatsScope } from './stats';

/**
 * The absence statistics as an XLSX workbook, a sheet per breakdown: hours as numbers a
 * spreadsheet can add up, rates as real percentages (0.125 shown "12,5 %" by a French Excel).
 * Written by exceljs, asynchronously: in the `after` stage, from what the transaction read.
 */

export interface StatsWorkbook {
  stats: Stats;
  scope: StatsScope;
}

interface Figures {
  scheduled: number;
  attended: number;
  excused: number;
  missed: number;
}

interface Part {
  name: string;
  breakdown: string;
  labels: { header: string; width: number }[];
  rows: { labels: string[]; figures: Figures }[];
}

const HOURS_FORMAT = '#,##0.00';
const RATE_FORMAT = '0.0%';
const c = t.columns;
const FIGURES: { header: string; key: keyof Figures }[] = [
  { header: c.scheduled, key: 'scheduled' },
  { header: c.attended, key: 'attended' },
  { header: c.excused, key: 'excused' },
  { header: c.missed, key: 'missed' },
];

const rateOf = (f: Figures) => (f.scheduled > 0 ? (f.excused + f.missed) / f.scheduled : 0);

function total(rows: Part['rows']): Figures {
  // In minutes, as the hours rule adds them, so that 3 h 45 × n stays exact.
  const sum = (key: keyof Figures) => rows.reduce((m, r) => m + Math.round(r.figures[key] * 60), 0) / 60;
  return {
    scheduled: sum('scheduled'),
    attended: sum('attended'),
    excused: sum('excused'),
    missed: sum('missed'),
  };
}

function parts({ byLearner, byGroup, bySubject, byMonth }: Stats): Part[] {
  return [
    {
      name: t.sheets.learner,
      breakdown: t.breakdown.learner,
      labels: [
        { header: c.surname, width: 22 },
        { header: c.firstName, width: 18 },
        { header: c.group, width: 16 },
      ],
      rows: byLearner.map((r) => ({ labels: [r.surname, r.firstName, r.groupName], figures: r })),
    },
    {
      name: t.sheets.group,
      breakdown: t.breakdown.group,
      labels: [{ header: c.group, width: 22 }],
      rows: byGroup.map((r) => ({ labels: [r.name], figures: r })),
    },
    {
      name: t.sheets.subject,
      breakdown: t.breakdown.subject,
      labels: [{ header: c.subject, width: 46 }],
      rows: bySubject.map((r) => ({ labels: [r.name], figures: r })),
    },
    {
      name: t.sheets.month,
      breakdown: t.breakdown.month,
      labels: [{ header: c.month, width: 18 }],
      rows: byMonth.map((r) => ({ labels: [t.monthLabel(r.month)], figures: r })),
    },
  ];
}

function writeRow(row: ExcelJS.Row, labels: readonly string[], figures: Figures, width: number): void {
  labels.forEach((label, i) => (row.getCell(i + 1).value = label));
  FIGURES.forEach(({ key }, i) => {
    const cell = row.getCell(width + i + 1);
    cell.value = figures[key];
    cell.numFmt = HOURS_FORMAT;
  });
  const rate = row.getCell(width + FIGURES.length + 1);
  rate.value = rateOf(figures);
  rate.numFmt = RATE_FORMAT;
}

function addSheet(book: ExcelJS.Workbook, name: string, part: Part, scope: StatsScope): void {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, topLeftCell: 'A3' }] });
  const width = part.labels.length;
  const headers = [...part.labels.map((l) => l.header), ...FIGURES.map((f) => f.header), c.rate];
  part.labels.forEach((l, i) => (ws.getColumn(i + 1).width = l.width));
  for (let i = width + 1; i <= headers.length; i++) ws.getColumn(i).width = 16;

  const title = ws.getCell(1, 1);
  title.value = t.sheetTitle(part.breakdown, scope.label, t.period(scope.from, scope.to));
  title.font = { bold: true, size: 14 };
  const header = ws.getRow(2);
  headers.forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { bold: true };
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: headers.length } };

  part.rows.forEach((r, i) => writeRow(ws.getRow(3 + i), r.labels, r.figures, width));
  const totalRow = ws.getRow(3 + part.rows.length);
  writeRow(totalRow, [t.total], total(part.rows), width);
  totalRow.font = { bold: true };
}

export async function statsWorkbook({ stats, scope }: StatsWorkbook): Promise<FileDownload> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Carnet';
  book.title = t.workbookTitle(scope.label);
  const all = parts(stats);
  const names = sheetNames(all.map((p) => p.name));
  all.forEach((part, i) => addSheet(book, names[i]!, part, scope));
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return {
    fileName: safeFileName(t.fileName(scope.label, scope.from, scope.to), 'xlsx'),
    mimeType: XLSX_MIME,
    contentBase64: bytes.toString('base64'),
  };
}
