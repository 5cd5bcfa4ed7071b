import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  drawCentreHeader,
  drawSignatureBlock,
  type CentreForPrint,
} from '../../electron/backend/documents/centre-header';
import { Pdf } from '../../electron/backend/documents/pdf';
import { readCentreForPrint } from '../../electron/backend/features/centre/identity';
import { asExtracted, pdfImages, pdfInfo, pdfPagePng, pdfText } from '../helpers/pdf';
import { members, rollCall } from './absences-setup';
import { IDENTITY, inkPng, logoPng, setCentre } from './centre-setup';
import { makeGroup, sessionInput, value } from './planning-setup';
import { printed, printsWorld, type PrintsWorld } from './prints-setup';

let w: PrintsWorld;
beforeEach(async () => {
  w = await printsWorld();
});
afterEach(() => w.b.close());

/** Each image drawn, with the PDF object it comes from: one object drawn twice is embedded once. */
const imageObjectsOf = (pdf: Buffer) =>
  pdfImages(pdf)
    .filter((i) => i.type === 'image')
    .map(({ page, object }) => ({ page, object }));

const CENTRE: CentreForPrint = {
  ...IDENTITY,
  siret: '84227154000010',
  logo: logoPng(),
  signature: inkPng(),
};

function newPdf() {
  return new Pdf({ layout: 'portrait', title: 'Essai', printedOn: '2026-03-02' });
}

describe('the centre’s header and signature block', () => {
  it('reads the identity and its images for print from the database', async () => {
    await setCentre(w.b.app, w.admin);
    const centre = w.b.db.transaction(() => readCentreForPrint(w.b.db))();
    expect(centre).toMatchObject({ name: IDENTITY.name, siret: '84227154000010', nda: IDENTITY.nda });
    expect(centre.logo?.equals(logoPng())).toBe(true);
    expect(centre.signature?.equals(inkPng())).toBe(true);
  });

  it('draws the header with the SIRET grouped, the NDA and the logo, embedded once for a whole batch', async () => {
    const pdf = newPdf();
    for (let i = 0; i < 3; i++) {
      pdf.beginDocument();
      const y = drawCentreHeader(pdf, CENTRE);
      expect(y).toBeGreaterThan(pdf.box.top + 62);
      pdf.doc.text(`Document ${i + 1}`, pdf.box.left, y);
    }
    const bytes = await pdf.toBuffer();
    const text = pdfText(bytes);
    expect(text.match(/Centre de formation Les Écureuils/g)).toHaveLength(3);
    expect(text).toContain('12 rue de l’Église, Bâtiment C, 69003 Lyon');
    expect(text).toContain('SIRET 842 271 540 00010 · NDA 84691234569');
    expect(asExtracted(text)).toContain('Tél. 04 72 00 00 00 · contact@ecureuils.fr');
    const drawn = imageObjectsOf(bytes);
    expect(drawn.map((d) => d.page)).toEqual([1, 2, 3]);
    expect(new Set(drawn.map((d) => d.object)).size).toBe(1);
  });

  it('draws nothing for a centre without identity, and leaves out an unreadable logo', async () => {
    const empty: CentreForPrint = {
      ...CENTRE,
      ...Object.fromEntries(Object.keys(IDENTITY).map((k) => [k, null])),
      logo: null,
      signature: null,
    };
    const pdf = newPdf();
    expect(drawCentreHeader(pdf, empty)).toBe(pdf.box.top);
    const broken = newPdf();
    drawCentreHeader(broken, { ...CENTRE, logo: logoPng().subarray(0, 80) });
    const bytes = await broken.toBuffer();
    expect(pdfText(bytes)).toContain('Centre de formation Les Écureuils');
    expect(pdfImages(bytes)).toEqual([]);
  });

  it('signs “Fait à Lyon, le 1er mars 2026” with the signatory and the signature, right-aligned', async () => {
    const pdf = newPdf();
    drawCentreHeader(pdf, CENTRE);
    drawSignatureBlock(pdf, CENTRE, '2026-03-01');
    const bytes = await pdf.toBuffer();
    const text = pdfText(bytes);
    expect(text).toMatch(/\s{20,}Fait à Lyon, le 1er mars 2026/);
    expect(text).toMatch(/\s{20,}Hélène Mérieux\n\s{20,}Directrice/);
    expect(
      pdfImages(bytes)
        .filter((i) => i.type === 'image')
        .map((i) => [i.width, i.height]),
    ).toEqual([
      [240, 96],
      [300, 100],
    ]);
    expect(pdfPagePng(bytes).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('keeps the block whole: moved to the next page when it does not fit, said without a city', async () => {
    const pdf = newPdf();
    pdf.doc.y = pdf.box.bottom - 40;
    drawSignatureBlock(pdf, { ...CENTRE, city: null, signature: null }, '2026-03-12');
    const bytes = await pdf.toBuffer();
    const pages = pdfText(bytes).split('\f');
    expect(pdfInfo(bytes).pages).toBe(2);
    expect(pages[0]).not.toContain('Fait');
    expect(pages[1]).toContain('Fait le 12 mars 2026');
    expect(pages[1]).toContain('Hélène Mérieux');
    expect(pdfImages(bytes)).toEqual([]);
  });
});

describe('the existing prints under the centre’s header', () => {
  it('heads the half-day attendance sheet with the centre, and still fits 30 learners on two pages', async () => {
    await setCentre(w.b.app, w.admin);
    const big = makeGroup(w.b.db, w.cohortId, 'Grand', 30);
    const session = rollCall(
      w,
      { groupId: big, subjectId: w.subjects.english, date: '2026-03-05', trainerId: w.leroy },
      members(w.b.db, big),
      {},
      { mode: 'paper' },
    );
    const { pdf, text } = await printed(w, 'attendance.printSheet', { sessionId: session });
    expect(pdfInfo(pdf).pages).toBe(2);
    const pages = text.split('\f');
    expect(pages[0]).toContain('Centre de formation Les Écureuils');
    expect(pages[0]).toContain('SIRET 842 271 540 00010 · NDA 84691234569');
    expect(pages[0]!.indexOf('Les Écureuils')).toBeLessThan(pages[0]!.indexOf('Feuille d’émargement'));
    expect(pages[1]).toContain('Signature du formateur : Marc Leroy');
    expect(text.match(/GRAND-\d\d Alex/g)).toHaveLength(30);
    expect(pdfImages(pdf).filter((i) => i.type === 'image')).toMatchObject([
      { page: 1, type: 'image', width: 240, height: 96 },
    ]);
  });

  it('heads the printed planning with the centre, compact, on its one landscape page', async () => {
    await setCentre(w.b.app, w.admin);
    await value(w, 'sessions.create', sessionInput(w));
    const { pdf, text } = await printed(w, 'planning.exportPdf', {
      view: 'group',
      id: w.g1,
      period: 'week',
      date: '2026-03-03',
    });
    expect(pdfInfo(pdf)).toMatchObject({ pages: 1, width: 842, height: 595 });
    expect(text).toContain('Centre de formation Les Écureuils');
    expect(text.indexOf('Les Écureuils')).toBeLessThan(text.indexOf('Planning — G1'));
    expect(text).toContain('Claire Dupont');
    expect(pdfImages(pdf).filter((i) => i.type === 'image')).toHaveLength(1);
  });
});
