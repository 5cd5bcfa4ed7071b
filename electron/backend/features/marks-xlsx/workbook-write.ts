import ExcelJS from 'exceljs';
import type { FileDownload } from '../../../../shared/api/fields';
import { formatNumber } from '../../../../shared/format/fr';
import { marksXlsxFr as t } from '../../../../shared/i18n/fr/marks-xlsx';
import { sheetNames, XLSX_MIME } from '../imports/workbook-write';
import type { ExportPlan, ExportSheet } from './export';
import { COL, FORMAT, IDS_MARKER, META_ROW, META_SHEET, ROW } from './layout';

/** Writes an export plan as the workbook layout.ts describes (asynchronous: the `after` stage). */

const bold = { bold: true };

function addDataSheet(book: ExcelJS.Workbook, name: string, sheet: ExportSheet): void {
  const ws = book.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: COL.firstEvaluation - 1, ySplit: ROW.firstLearner - 1 }],
  });
  ws.getColumn(COL.id).hidden = true;
  ws.getColumn(COL.surname).width = 22;
  ws.getColumn(COL.firstName).width = 18;
  sheet.evaluations.forEach((_, i) => (ws.getColumn(COL.firstEvaluation + i).width = 16));

  const title = ws.getCell(ROW.title, COL.surname);
  title.value = sheet.title;
  title.font = { bold: true, size: 14 };

  ws.getCell(ROW.ids, COL.id).value = IDS_MARKER;
  ws.getRow(ROW.ids).hidden = true;
  ws.getCell(ROW.titles, COL.surname).value = t.surname;
  ws.getCell(ROW.titles, COL.firstName).value = t.firstName;
  ws.getCell(ROW.dates, COL.firstName).value = t.date;
  ws.getCell(ROW.coefficients, COL.firstName).value = t.coefficient;
  ws.getCell(ROW.scales, COL.firstName).value = t.scale;
  sheet.evaluations.forEach((e, i) => {
    const col = COL.firstEvaluation + i;
    ws.getCell(ROW.ids, col).value = e.id;
    ws.getCell(ROW.titles, col).value = e.title;
    const date = ws.getCell(ROW.dates, col);
    date.value = new Date(`${e.date}T00:00:00Z`);
    date.numFmt = 'dd/mm/yyyy';
    ws.getCell(ROW.coefficients, col).value = e.coefficient;
    ws.getCell(ROW.scales, col).value = t.scaleValue(formatNumber(e.scale, 2));
  });
  for (const row of [ROW.titles, ROW.dates, ROW.coefficients, ROW.scales]) ws.getRow(row).font = bold;

  sheet.learners.forEach((learner, r) => {
    const row = ws.getRow(ROW.firstLearner + r);
    row.getCell(COL.id).value = learner.id;
    row.getCell(COL.surname).value = learner.surname;
    row.getCell(COL.firstName).value = learner.firstName;
    learner.cells.forEach((entry, i) => {
      const cell = row.getCell(COL.firstEvaluation + i);
      if (entry.kind === 'mark') cell.value = entry.mark;
      else if (entry.kind === 'code') {
        // A text cell: a spreadsheet never reads "NN" or "ABS" as anything else.
        cell.value = entry.code;
        cell.numFmt = '@';
      }
    });
  });
  const help = ws.getCell(ROW.firstLearner + sheet.learners.length + 1, COL.surname);
  help.value = t.help;
  help.font = { italic: true, color: { argb: 'FF666666' } };
}

function addMetaSheet(book: ExcelJS.Workbook, name: string, plan: ExportPlan): void {
  const ws = book.addWorksheet(name, { state: 'veryHidden' });
  ws.getRow(META_ROW.format).values = ['format', FORMAT];
  ws.getRow(META_ROW.exportedAt).values = ['exportedAt', plan.exportedAt];
  ws.getRow(META_ROW.groupId).values = ['groupId', plan.groupId];
  ws.getRow(META_ROW.periodId).values = ['periodId', plan.periodId];
  ws.getRow(META_ROW.header).values = ['evaluationId', 'learnerId', 'value', 'updatedAt'];
  plan.baseline.forEach((c, i) => {
    const row = ws.getRow(META_ROW.firstCell + i);
    row.values = [c.evaluationId, c.learnerId, c.value, c.updatedAt ?? ''];
    // Exported values are read back as text: "12,5" stays "12,5".
    row.getCell(3).numFmt = '@';
  });
}

export async function writeMarksWorkbook(plan: ExportPlan): Promise<FileDownload> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Carnet';
  book.title = plan.title;
  // The meta sheet is found by its content, so a subject named like it only renames it.
  const names = sheetNames([...plan.sheets.map((s) => s.name), META_SHEET]);
  plan.sheets.forEach((sheet, i) => addDataSheet(book, names[i]!, sheet));
  addMetaSheet(book, names[plan.sheets.length]!, plan);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName: plan.fileName, mimeType: XLSX_MIME, contentBase64: bytes.toString('base64') };
}
