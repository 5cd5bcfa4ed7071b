import ExcelJS from 'exceljs';
import type { ImportPreview } from '../../shared/api/imports';
import { sampled, stopwatch, summarize, type Figure } from '../lib/figure';
import { currentGroup } from '../lib/lookups';
import { LEARNER_FIRST_NAMES, SURNAMES } from '../seed/names';

const ROUTES = ['Apprentissage', 'Contrat de professionnalisation', 'Initiale alternée', 'VAE'];

/**
 * 1000 learners no one has yet (born in a year of their own per run, so none is a duplicate of
 * the seeded centre or of another run), as an XLSX file with the template's column titles.
 */
async function workbook(run: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Apprenants');
  sheet.addRow(['Nom', 'Prénom', 'Date de naissance', 'E-mail', 'Téléphone', 'Voie d’accès', 'Entreprise']);
  for (let i = 0; i < 1000; i++) {
    sheet.addRow([
      SURNAMES[i % SURNAMES.length],
      LEARNER_FIRST_NAMES[Math.floor(i / SURNAMES.length)],
      new Date(Date.UTC(1975 + run, i % 12, 1 + (i % 28))),
      `import${run}.${i}@apprenant.example`,
      `06 ${String(i % 100).padStart(2, '0')} 11 22 33`,
      ROUTES[i % ROUTES.length],
      `Entreprise n° ${i}`,
    ]);
  }
  sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The import as a manager does it, through the imports handlers: the file read and its columns
 * guessed (imports.preview), every row checked (imports.check), then written (imports.run).
 */
export const figure: Figure = {
  name: 'Import de 1000 apprenants depuis un XLSX',
  unit: 'ms',
  goal: { median: 1000 },
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    const { cohort } = await currentGroup(b.call);
    const steps = { preview: [] as number[], check: [] as number[], run: [] as number[] };
    const measured = await sampled(
      async (run) => {
        const file = {
          fileName: `apprenants-${run}.xlsx`,
          contentBase64: (await workbook(run)).toString('base64'),
        };
        let mapping: ImportPreview['mapping'] = {};
        const target = { kind: 'learners' as const, file, cohortId: cohort.id };
        const preview = await stopwatch(async () => {
          mapping = (await b.call('imports.preview', { kind: 'learners', file })).mapping;
        });
        const check = await stopwatch(async () => {
          const checked = await b.call('imports.check', { ...target, mapping });
          if (checked.validCount !== 1000) throw new Error(`${checked.invalidCount} lignes refusées`);
        });
        const write = await stopwatch(() => b.call('imports.run', { ...target, mapping, onlyValid: false }));
        steps.preview.push(preview);
        steps.check.push(check);
        steps.run.push(write);
        return preview + check + write;
      },
      { warmup: 1, runs: 5 },
    );
    const median = (values: number[]) => Math.round(summarize(values.slice(1)).median);
    return {
      ...measured,
      note:
        `aperçu ${median(steps.preview)} ms + contrôle ${median(steps.check)} ms + ` +
        `écriture ${median(steps.run)} ms (médianes)`,
    };
  },
};
