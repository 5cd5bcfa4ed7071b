import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../electron/backend/features/imports/cp1252';
import { detectSeparator } from '../../electron/backend/features/imports/read-file';
import { readFirstSheet } from '../../electron/backend/features/imports/xlsx-read';
import { sheetNames, writeXlsx } from '../../electron/backend/features/imports/xlsx-write';
import { unzip, zip } from '../../electron/backend/features/imports/zip';

async function bytesOf(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('reading XLSX written by ExcelJS', () => {
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
    expect(readFirstSheet(await bytesOf(book))).toEqual([
      { line: 1, cells: ['Nom', 'Né le', 'Note', 'Formule', 'SIRET', 'Code postal', 'Étranger'] },
      { line: 2, cells: ['Durand', '2004-02-29', '12.5', '25', '00012345678901', '01200', 'VRAI'] },
      { line: 5, cells: ['LÉA', '', '0.3'] },
    ]);
  });

  it('reads dates of a workbook in the 1904 date system', async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const sheet = book.addWorksheet('Mac');
    sheet.getCell('A1').value = new Date(Date.UTC(2004, 2, 12));
    sheet.getCell('A1').numFmt = 'd mmmm yyyy';
    expect(readFirstSheet(await bytesOf(book))).toEqual([{ line: 1, cells: ['2004-03-12'] }]);
  });

  it('reads back what Carnet writes, and ExcelJS reads it too', async () => {
    const bytes = writeXlsx([
      {
        name: 'Élèves: 1/2',
        title: 'Titre « é »',
        columns: [
          { header: 'Nom', width: 20 },
          { header: 'Date', width: 12, date: true },
        ],
        rows: [
          ['Cœur & <Fils>', '2000-02-29'],
          [' espacé ', null],
        ],
      },
    ]);
    expect(readFirstSheet(bytes)).toEqual([
      { line: 1, cells: ['Titre « é »'] },
      { line: 2, cells: ['Nom', 'Date'] },
      { line: 3, cells: ['Cœur & <Fils>', '2000-02-29'] },
      { line: 4, cells: [' espacé '] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    expect(book.worksheets[0]!.name).toBe('Élèves- 1-2');
    expect(book.worksheets[0]!.getCell('B3').value).toEqual(new Date('2000-02-29T00:00:00Z'));
  });

  it('names sheets as Excel allows: 31 characters, no reserved characters, no twins', () => {
    expect(sheetNames(['A', 'a', 'x'.repeat(40), 'Q?R', ''])).toEqual([
      'A',
      'a (2)',
      'x'.repeat(31),
      'Q-R',
      'Feuille',
    ]);
  });

  it('zips and unzips', () => {
    const files = [
      { name: 'a.txt', data: Buffer.from('bonjour é') },
      { name: 'dir/b.bin', data: Buffer.alloc(10_000, 7) },
    ];
    const back = unzip(zip(files));
    expect(back.get('a.txt')!.toString('utf8')).toBe('bonjour é');
    expect(back.get('dir/b.bin')!.equals(files[1]!.data)).toBe(true);
  });
});

describe('CSV text', () => {
  it('decodes Windows-1252 including its 0x80–0x9F characters', () => {
    expect(decodeWindows1252(Uint8Array.of(0x8c, 0x9c, 0x92, 0x80, 0xe9, 0xe7, 0xf4, 0x41))).toBe('Œœ’€éçôA');
  });

  it('detects the separator from the header line, ignoring quoted text; ; wins ties', () => {
    expect(detectSeparator('Nom;Prénom;Adresse\nA;B;"1, rue"')).toBe(';');
    expect(detectSeparator('\n\nNom,Prénom,"Adresse; ville"\n')).toBe(',');
    expect(detectSeparator('Nom\tPrénom\n')).toBe('\t');
    expect(detectSeparator('Nom;Prénom,Âge')).toBe(';');
    expect(detectSeparator('Nom')).toBe(';');
  });
});
