import ExcelJS from 'exceljs';
import { afterEach, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/api/imports';
import { freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';
import { count, makeCohort, upload } from './learners-setup';

let b: TestBackend;
afterEach(() => b?.close());

const ROUTES = ['Apprentissage', 'Contrat de professionnalisation', 'Initiale alternée', 'VAE'];
/** Names differ by letters: duplicate detection ignores digits. */
const letters = (n: number) => String.fromCharCode(97 + (n % 26), 97 + (Math.floor(n / 26) % 26));

it('imports 1000 learners from an XLSX (time printed; the goal is 1 s)', async () => {
  b = await freshBackend();
  const admin = await setupAdmin(b.app);
  const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Apprenants');
  sheet.addRow(['Nom', 'Prénom', 'Date de naissance', 'E-mail', 'Téléphone', 'Voie d’accès', 'Entreprise']);
  for (let i = 0; i < 1000; i++) {
    sheet.addRow([
      `Lefèvre-${letters(i)}`,
      `Élodie ${letters(i)}`,
      new Date(Date.UTC(1995 + (i % 10), i % 12, 1 + (i % 28))),
      `eleve${i}@example.fr`,
      `06 ${String(i % 100).padStart(2, '0')} 00 00 00`,
      ROUTES[i % ROUTES.length],
      `Entreprise n° ${i}`,
    ]);
  }
  sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
  const file = upload('mille.xlsx', Buffer.from(await book.xlsx.writeBuffer()));

  const started = performance.now();
  const preview = await b.app.call('imports.preview', { kind: 'learners', file }, { sessionToken: admin });
  const { mapping } = (preview.result as { value: ImportPreview }).value;
  const previewed = performance.now();
  const run = await b.app.call(
    'imports.run',
    { kind: 'learners', file, mapping, cohortId, onlyValid: false },
    { sessionToken: admin },
  );
  const finished = performance.now();
  expect(run.result).toEqual({ ok: true, value: { imported: 1000, skipped: 0 } });
  expect(count(b.db, 'learners')).toBe(1000);
  console.log(
    `[imports] 1000 learners from XLSX: preview ${Math.round(previewed - started)} ms, ` +
      `check + write ${Math.round(finished - previewed)} ms, total ${Math.round(finished - started)} ms`,
  );
});
