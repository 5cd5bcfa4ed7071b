import ExcelJS from 'exceljs';
import { importFileFr } from '../../../../shared/i18n/fr/imports';
import { marksXlsxFr as t } from '../../../../shared/i18n/fr/marks-xlsx';
import { cellText } from '../imports/cell-text';
import { refuseFile } from '../imports/table';
import { assertInflatesWithin } from '../imports/zip-budget';
import { type BaselineCell, cellKey, COL, FORMAT, IDS_MARKER, MAX_CELLS, META_ROW, ROW } from './layout';

/**
 * Reads an exported mark workbook back (asynchronous: the `before` stage, no database): the
 * baseline kept at export, and every mark cell of the data worksheets as the text it shows.
 */

export interface FileCell {
  sheet: string;
  /** "E9" */
  address: string;
  /** The spreadsheet's line, for rows without a learner id. */
  line: number;
  evaluationId: number;
  learnerId: number | null;
  text: string;
}

export interface ParsedWorkbook {
  exportedAt: string;
  baseline: Map<string, BaselineCell>;
  cells: FileCell[];
}

const positiveInt = (text: string): number | null => (/^[1-9]\d{0,11}$/.test(text) ? Number(text) : null);

async function load(fileName: string, contentBase64: string): Promise<ExcelJS.Workbook> {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64)) throw refuseFile(importFileFr.notBase64);
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw refuseFile(importFileFr.emptyFile(fileName));
  const book = new ExcelJS.Workbook();
  try {
    assertInflatesWithin(bytes);
    await book.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw refuseFile(importFileFr.unreadableXlsx(fileName));
  }
  return book;
}

function readBaseline(
  fileName: string,
  meta: ExcelJS.Worksheet,
): Pick<ParsedWorkbook, 'exportedAt' | 'baseline'> {
  const text = (row: number, col: number) => cellText(meta.getCell(row, col)).trim();
  const exportedAt = text(META_ROW.exportedAt, 2);
  if (Number.isNaN(Date.parse(exportedAt))) throw refuseFile(t.damagedExport(fileName));
  const baseline = new Map<string, BaselineCell>();
  for (let row = META_ROW.firstCell; row <= meta.rowCount; row++) {
    const evaluationId = positiveInt(text(row, 1));
    const learnerId = positiveInt(text(row, 2));
    if (evaluationId === null || learnerId === null) throw refuseFile(t.damagedExport(fileName));
    if (baseline.size >= MAX_CELLS) throw refuseFile(t.tooManyCells(MAX_CELLS));
    const updatedAt = text(row, 4);
    baseline.set(cellKey(evaluationId, learnerId), {
      evaluationId,
      learnerId,
      // A spreadsheet that turned "12,5" into a number gives "12.5" back: the same cell value.
      value: text(row, 3).replace('.', ','),
      updatedAt: updatedAt || null,
    });
  }
  return { exportedAt, baseline };
}

function readDataSheet(ws: ExcelJS.Worksheet, cells: FileCell[]): void {
  const evaluations: { col: number; id: number }[] = [];
  for (let col = COL.firstEvaluation; col <= ws.columnCount; col++) {
    const id = positiveInt(cellText(ws.getCell(ROW.ids, col)).trim());
    if (id !== null) evaluations.push({ col, id });
  }
  for (let line = ROW.firstLearner; line <= ws.rowCount; line++) {
    const row = ws.getRow(line);
    const learnerId = positiveInt(cellText(row.getCell(COL.id)).trim());
    for (const { col, id } of evaluations) {
      const cell = row.getCell(col);
      cells.push({
        sheet: ws.name,
        address: cell.address,
        line,
        evaluationId: id,
        learnerId,
        text: cellText(cell).trim(),
      });
    }
  }
}

export async function readMarksWorkbook(file: {
  fileName: string;
  contentBase64: string;
}): Promise<ParsedWorkbook> {
  const book = await load(file.fileName, file.contentBase64);
  const meta = book.worksheets.find(
    (ws) =>
      cellText(ws.getCell(META_ROW.format, 1)) === 'format' &&
      cellText(ws.getCell(META_ROW.format, 2)) === FORMAT,
  );
  if (!meta) throw refuseFile(t.notAnExport(file.fileName));
  const { exportedAt, baseline } = readBaseline(file.fileName, meta);
  const cells: FileCell[] = [];
  for (const ws of book.worksheets) {
    if (ws === meta || cellText(ws.getCell(ROW.ids, COL.id)) !== IDS_MARKER) continue;
    readDataSheet(ws, cells);
    if (cells.length > MAX_CELLS) throw refuseFile(t.tooManyCells(MAX_CELLS));
  }
  return { exportedAt, baseline, cells };
}
