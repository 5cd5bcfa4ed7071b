import PDFDocument from 'pdfkit';
import { FONT, fontData } from '../../electron/backend/documents/fonts';
import { sampled, stopwatch, type Figure } from '../lib/figure';

const SUBJECTS = [
  'Culture générale et expression',
  'Anglais',
  'Culture économique, juridique et managériale',
  'Relation client et négociation-vente',
  'Relation client à distance et digitalisation',
  'Relation client et animation de réseaux',
  'Accompagnement, conduite de projet et évaluations',
];

/** 30 A4 pages written straight with pdfkit and the app's embedded DejaVu fonts: a report card's
 * worth of text and a table each. The report cards will be reported as a ratio to it. */
async function thirtyPages(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 42, bufferPages: true });
  for (const [name, data] of fontData()) doc.registerFont(name, data);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  for (let page = 0; page < 30; page++) {
    if (page > 0) doc.addPage();
    doc.font(FONT.bold).fontSize(14).text('Bulletin semestriel — BTS NDRC 2025-2027');
    doc
      .font(FONT.regular)
      .fontSize(10)
      .text(`Apprenant·e n° ${page + 1} — Élodie Lefèvre-Dupont, groupe NDRC 25-A`);
    doc.moveDown();
    let y = doc.y;
    for (const [row, subject] of SUBJECTS.entries()) {
      doc.rect(42, y, 511, 22).stroke('#9aa0a6');
      doc.text(subject, 48, y + 6, { width: 250 });
      doc.text(`${12 + (row % 5)},${row}5`, 310, y + 6, { width: 60, align: 'right' });
      doc.text('11,87', 380, y + 6, { width: 60, align: 'right' });
      doc.font(FONT.italic).text('Travail régulier, à poursuivre.', 450, y + 6, { width: 100 });
      doc.font(FONT.regular);
      y += 22;
    }
    doc.text('Appréciation générale : des progrès nets en négociation ; « bon semestre ».', 42, y + 20);
  }
  doc.end();
  return done;
}

export const figure: Figure = {
  name: 'Référence : PDF brut de 30 pages (pdfkit + DejaVu)',
  unit: 'ms',
  goal: null,
  phase: 'baseline',
  run: () => sampled(() => stopwatch(thirtyPages), { warmup: 1, runs: 5 }),
};
