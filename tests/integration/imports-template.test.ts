import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../shared/api/fields';
import type { ImportCheck, ImportPreview } from '../../shared/api/imports';
import { IMPORT_FIELDS } from '../../shared/domain/import-columns';
import { freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';
import { makeCohort } from './learners-setup';

let b: TestBackend;
let admin: string;
const as = (token: string) => ({ sessionToken: token });

beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b?.close());

async function template(kind: 'learners' | 'trainers'): Promise<FileDownload> {
  const { result } = await b.app.call('imports.template', { kind }, as(admin));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as FileDownload;
}

describe('imports.template', () => {
  it('gives a learners workbook with the field labels in bold, an example row and an Aide sheet', async () => {
    const file = await template('learners');
    expect(file).toMatchObject({
      fileName: 'Modele_import_apprenants.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Apprenants', 'Aide']);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(IMPORT_FIELDS.learners.map((f) => f.label));
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(14);
    expect(sheet.getCell('A2').value).toBe('Durand');
    expect(sheet.getCell('C2').value).toEqual(new Date('2004-03-12T00:00:00Z'));
    const siretColumn = IMPORT_FIELDS.learners.findIndex((f) => f.key === 'employerSiret') + 1;
    expect(sheet.getRow(2).getCell(siretColumn).value).toBe('73282932000074');

    const help: string[] = [];
    book.worksheets[1]!.eachRow((row) => help.push((row.values as unknown[]).slice(1).join(' | ')));
    const text = help.join('\n');
    for (const expected of [
      'Voie d’accès | Apprentissage',
      'Contrat de professionnalisation',
      'Formule pro',
      'VAE',
      'Financement',
      'CPF de transition',
      'Pro-A',
      'JJ/MM/AAAA',
      'Colonnes obligatoires : Nom, Prénom, Voie d’accès.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('lists the contract types in the trainers template', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      new Uint8Array(Buffer.from((await template('trainers')).contentBase64, 'base64')).buffer,
    );
    const help: string[] = [];
    book.worksheets[1]!.eachRow((row) => help.push((row.values as unknown[]).slice(1).join(' | ')));
    expect(help.join('\n')).toMatch(
      /Type de contrat \| Salarié[\s\S]*Vacataire[\s\S]*Indépendant \| .*auto-entrepreneur/,
    );
  });

  it('is read back by the import with every column mapped and its example row valid', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    for (const kind of ['learners', 'trainers'] as const) {
      const file = await template(kind);
      const upload = { fileName: file.fileName, contentBase64: file.contentBase64 };
      const preview = (await b.app.call('imports.preview', { kind, file: upload }, as(admin))).result as {
        value: ImportPreview;
      };
      expect(Object.values(preview.value.mapping).every((c) => c !== null)).toBe(true);
      const check = (
        await b.app.call(
          'imports.check',
          { kind, file: upload, mapping: preview.value.mapping, cohortId },
          as(admin),
        )
      ).result as {
        value: ImportCheck;
      };
      expect(check.value).toMatchObject({ validCount: 1, invalidCount: 0 });
    }
  });
});
