import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownAs } from '../../electron/backend/features/imports/cell-text';
import { NoWorksheetError, readFirstSheet } from '../../electron/backend/features/imports/workbook-read';
import { sheetNames, writeWorkbook } from '../../electron/backend/features/imports/workbook-write';
import { assertInflatesWithin, ZipBudgetError } from '../../electron/backend/features/imports/zip-budget';

async function bytesOf(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  return book;
}

describe('reading XLSX', () => {
  it('gives dates as ISO, rich text as plain text, formulas as their result, padded numbers and booleans', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Liste');
    sheet.addRow(['Nom', 'Né le', 'Note', 'Formule', 'SIRET', 'Code postal', 'Étranger']);
    sheet.addRow([
      { richText: [{ text: 'Dur', font: { bold: true } }, { text: 'and' }] },
      new Date(Date.UTC(2004, 1, 29)),
      12.5,
      { formula: 'C2*2', result: 25 },
      '00012345678901',
      1200,
      true,
    ]);
    sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
    sheet.getCell('F2').numFmt = '00000';
    sheet.addRow([]);
    sheet.getCell('A5').value = { formula: 'UPPER("léa")', result: 'LÉA' };
    sheet.getCell('C5').value = 0.1 + 0.2;
    book.addWorksheet('Seconde').addRow(['ignorée']);
    expect(await readFirstSheet(await bytesOf(book))).toEqual([
      { line: 1, cells: ['Nom', 'Né le', 'Note', 'Formule', 'SIRET', 'Code postal', 'Étranger'] },
      { line: 2, cells: ['Durand', '2004-02-29', '12.5', '25', '00012345678901', '01200', 'VRAI'] },
      { line: 5, cells: ['LÉA', '', '0.3'] },
    ]);
  });

  it('reads links as their text, times as HH:MM, date-times as their day, errors and shared formulas', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Liste');
    sheet.getCell('A1').value = { text: 'Site du centre', hyperlink: 'https://example.fr' };
    sheet.getCell('B1').value = 0.5625;
    sheet.getCell('B1').numFmt = 'hh:mm';
    sheet.getCell('C1').value = new Date(Date.UTC(2004, 2, 12, 23, 30));
    sheet.getCell('C1').numFmt = '[$-40C]d mmmm yyyy h:mm';
    sheet.getCell('D1').value = { error: '#N/A' };
    sheet.getCell('E1').value = 38058;
    sheet.getCell('E1').numFmt = 'mm-dd-yy';
    // exceljs's types leave out the fields of a shared formula's master cell.
    const master = { formula: 'B1*2', result: 2, shareType: 'shared', ref: 'A2:A3' };
    sheet.getCell('A2').value = master as ExcelJS.CellFormulaValue;
    sheet.getCell('A3').value = { sharedFormula: 'A2', result: 4 };
    sheet.getCell('B2').value = false;
    expect(await readFirstSheet(await bytesOf(book))).toEqual([
      { line: 1, cells: ['Site du centre', '13:30', '2004-03-12', '#N/A', '2004-03-12'] },
      { line: 2, cells: ['2', 'FAUX'] },
      { line: 3, cells: ['4'] },
    ]);
  });

  it('says what a number format shows', () => {
    expect(shownAs('dd/mm/yyyy')).toBe('date');
    expect(shownAs('[$-40C]mmmm yy')).toBe('date');
    expect(shownAs('h:mm:ss')).toBe('time');
    expect(shownAs('[h]:mm')).toBe('time');
    expect(shownAs('0000')).toEqual({ pad: 4 });
    expect(shownAs('"jour "0')).toBe('number');
    expect(shownAs('# ##0,00 €')).toBe('number');
    expect(shownAs(undefined)).toBe('number');
  });

  it('gives a merged title its text once, so it stays a one-cell line above the table', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Liste');
    sheet.getCell('A1').value = 'Promotion NDRC 2025-2027';
    sheet.mergeCells('A1:C1');
    sheet.getRow(2).values = ['Nom', 'Prénom', 'Voie d’accès'];
    expect(await readFirstSheet(await bytesOf(book))).toEqual([
      { line: 1, cells: ['Promotion NDRC 2025-2027'] },
      { line: 2, cells: ['Nom', 'Prénom', 'Voie d’accès'] },
    ]);
  });

  it('reads dates of a workbook in the 1904 date system', async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const sheet = book.addWorksheet('Mac');
    sheet.getCell('A1').value = new Date(Date.UTC(2004, 2, 12));
    sheet.getCell('A1').numFmt = 'd mmmm yyyy';
    expect(await readFirstSheet(await bytesOf(book))).toEqual([{ line: 1, cells: ['2004-03-12'] }]);
  });

  it('skips a hidden first sheet, and says when there is no sheet at all', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Listes', { state: 'hidden' }).addRow(['Apprentissage', 'VAE']);
    book.addWorksheet('Apprenants').addRow(['Nom', 'Prénom']);
    expect(await readFirstSheet(await bytesOf(book))).toEqual([{ line: 1, cells: ['Nom', 'Prénom'] }]);
    await expect(readFirstSheet(await bytesOf(new ExcelJS.Workbook()))).rejects.toBeInstanceOf(
      NoWorksheetError,
    );
  });

  it('reads the committed fixture written by ExcelJS', async () => {
    const rows = await readFirstSheet(readFileSync(path.join(__dirname, '../fixtures/learners-30.xlsx')));
    expect(rows).toHaveLength(31);
    expect(rows[0]!.cells[2]).toBe('Date de naissance');
    expect(rows[1]).toEqual({
      line: 2,
      cells: ['Lefèvre', 'Léa', '2000-01-01', 'lea.lefevre@example.fr', '06 10 20 30 40', 'Apprentissage'],
    });
  });
});

describe('the inflate budget', () => {
  it('lets a workbook through and stops one that inflates past the budget, or is no zip', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Liste').addRow(['x'.repeat(5000)]);
    const bytes = await bytesOf(book);
    expect(() => assertInflatesWithin(bytes)).not.toThrow();
    expect(() => assertInflatesWithin(bytes, 4000)).toThrow(ZipBudgetError);
    expect(() => assertInflatesWithin(Buffer.from('PK\u0003\u0004 pas un zip'))).toThrow(ZipBudgetError);
  });
});

describe('writing XLSX', () => {
  it('writes a title, a bold header kept in view, widths, real dates and text as given', async () => {
    const bytes = await writeWorkbook(
      [
        {
          name: 'Élèves: 1/2',
          title: 'Titre « é »',
          columns: [
            { header: 'Nom', width: 20 },
            { header: 'Date', width: 12, date: true },
            { header: 'Code', width: 8 },
          ],
          rows: [
            ['Cœur & <Fils>', '2000-02-29', '01200'],
            [' espacé ', null, 7],
          ],
        },
      ],
      'Document',
    );
    expect(await readFirstSheet(bytes)).toEqual([
      { line: 1, cells: ['Titre « é »'] },
      { line: 2, cells: ['Nom', 'Date', 'Code'] },
      { line: 3, cells: ['Cœur & <Fils>', '2000-02-29', '01200'] },
      { line: 4, cells: [' espacé ', '', '7'] },
    ]);
    const book = await load(bytes);
    expect(book.title).toBe('Document');
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Élèves- 1-2');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell('C2').font?.bold).toBe(true);
    expect(sheet.getCell('B3').value).toEqual(new Date('2000-02-29T00:00:00Z'));
    expect(sheet.getCell('B3').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('B4').value).toBeNull();
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('names sheets as Excel allows: 31 characters, no reserved characters or names, no twins', async () => {
    const names = sheetNames(['A', 'a', 'x'.repeat(40), 'Q?R', '', "'cité'", 'History']);
    expect(names).toEqual(['A', 'a (2)', 'x'.repeat(31), 'Q-R', 'Feuille', 'cité', 'History (2)']);
    const sheets = names.map((name) => ({ name, columns: [{ header: 'Nom', width: 10 }], rows: [] }));
    const book = await load(await writeWorkbook(sheets));
    expect(book.worksheets.map((s) => s.name)).toEqual(names);
  });
});
