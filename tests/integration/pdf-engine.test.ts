import { describe, expect, it } from 'vitest';
import { FONT } from '../../electron/backend/documents/fonts';
import { Pdf } from '../../electron/backend/documents/pdf';
import { pdfInfo, pdfText } from '../helpers/pdf';

/** The document engine itself: fonts shared across files, per-document page numbers. */

async function oneLine(text: string, font: (typeof FONT)[keyof typeof FONT] = FONT.bold): Promise<Buffer> {
  const pdf = new Pdf({ layout: 'portrait', title: 'Essai', printedOn: '2026-11-22' });
  pdf.font(font, 12).doc.text(text);
  return pdf.toBuffer();
}

describe('the PDF engine', () => {
  it('keeps every letter extractable from one file to the next, accents and their base letters alike', async () => {
    // The first file's É is a composite glyph built on E: the next file's plain E must still map to "E".
    const first = await oneLine('ÉLOÏSE BÉRANGER — Œuvre « été » 12,5 €');
    const second = await oneLine('BERANGER EVE ELISE');
    expect(pdfText(first)).toContain('ÉLOÏSE BÉRANGER — Œuvre « été » 12,5 €');
    expect(pdfText(second)).toContain('BERANGER EVE ELISE');
    for (const font of Object.values(FONT)) {
      expect(pdfText(await oneLine('Évaluée EEE éèêàç', font))).toContain('Évaluée EEE éèêàç');
    }
  });

  it('numbers pages within each document of a batch and embeds its fonts once', async () => {
    const pdf = new Pdf({ layout: 'portrait', title: 'Lot', printedOn: '2026-11-22' });
    for (const name of ['Zoé', 'Éloïse', 'Maël']) {
      pdf.beginDocument();
      pdf.font(FONT.regular, 11).doc.text(`Bulletin de ${name}`);
    }
    const file = await pdf.toBuffer();
    const pages = pdfText(file).split('\f');
    expect(pdfInfo(file).pages).toBe(3);
    expect(pages[1]).toContain('Bulletin de Éloïse');
    for (let i = 0; i < 3; i++) expect(pages[i]).toContain('page 1 / 1');
  });
});
