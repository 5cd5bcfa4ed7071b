import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../shared/api/fields';
import { userWithRole } from '../helpers/backend';
import { pdfImages, pdfInfo, pdfText } from '../helpers/pdf';
import {
  absencesWorld,
  addSession,
  members,
  rollCall,
  signaturePng,
  type AbsencesWorld,
} from './absences-setup';
import { call, makeGroup, refused, value } from './planning-setup';

let w: AbsencesWorld;
beforeEach(async () => {
  w = await absencesWorld();
});
afterEach(() => w.b.close());

async function print(sessionId: number, token = w.admin) {
  const file = await value<FileDownload>(w, 'attendance.printSheet', { sessionId }, token);
  const pdf = Buffer.from(file.contentBase64, 'base64');
  if (process.env.CARNET_KEEP_PDF) writeFileSync(`${process.env.CARNET_KEEP_PDF}/${file.fileName}`, pdf);
  return { file, pdf, text: pdfText(pdf) };
}

describe('attendance.printSheet', () => {
  it('prints an empty sheet for paper: one A4 portrait page with the action, the session and every learner', async () => {
    const session = addSession(w, { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-03-03' });
    const { file, pdf, text } = await print(session);
    expect(file).toMatchObject({
      fileName: 'Emargement_NDRC_2025-2027_G1_2026-03-03_matin.pdf',
      mimeType: 'application/pdf',
    });
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({ pages: 1, width: 595, height: 842 });
    expect(info.title).toBe('Feuille d’émargement — G1 — 03/03/2026 matin');
    expect(info.fonts).toMatch(/DejaVuSansCondensed/);
    expect(text).toContain('Feuille d’émargement');
    expect(text).toMatch(/BTS .+ — NDRC 2025-2027/);
    expect(text).toMatch(/Groupe :\s+G1 \(NDRC 2025-2027\)/);
    expect(text).toMatch(/Matière :\s+Relation client et négociation-vente/);
    expect(text).toMatch(/Date :\s+Mardi 3 mars 2026 \(matin\)/);
    expect(text).toMatch(/Horaires :\s+8h15 – 12h00 \(3\sh\s45\)/);
    expect(text).toMatch(/Formateur :\s+Claire Dupont/);
    expect(text).toMatch(/Salle :\s+Salle 12/);
    expect(text).toMatch(/Modalité :\s+Présentiel/);
    expect(text).toMatch(/Apprenant\s+Signature\s+Statut/);
    for (const name of ['BÉRARD Léa', 'ÇELIK Noé', 'DUPRÉ Zoé', 'G1-12 Alex']) expect(text).toContain(name);
    expect(text.indexOf('BÉRARD Léa')).toBeLessThan(text.indexOf('ÇELIK Noé'));
    expect(text).toContain('Signature du formateur : Claire Dupont');
    expect(text).not.toMatch(/Présent\b|Absent|Retard/);
    expect(text).toContain('page 1 / 1');
    expect(pdfImages(pdf)).toEqual([]);
  });

  it('prints a filled sheet: statuses, the drawn signatures in their boxes, the trainer’s', async () => {
    const [lea, noe, zoe, alex] = w.g1Learners as [number, number, number, number];
    const ink = signaturePng();
    const signed = { signature: ink, signedAt: '2026-03-03T07:20:00.000Z' };
    const session = rollCall(
      w,
      { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-03-03' },
      [lea, noe, zoe, alex],
      {
        [lea]: { presence: 'absent', justification: 'justified', reason: 'illness' },
        [noe]: { late: 15, ...signed },
        [zoe]: { presence: 'absent' },
        [alex]: signed,
      },
      { mode: 'screen', closedAt: '2026-03-03T11:05:00.000Z', trainerSignature: ink },
    );
    const { pdf, text } = await print(session);
    expect(text).toMatch(/BÉRARD Léa\s+Absent \(excusé\)/);
    expect(text).toMatch(/ÇELIK Noé\s+.*Retard 15 min/);
    expect(text).toMatch(/DUPRÉ Zoé\s+Absent\b/);
    expect(text).toMatch(/G1-04 Alex\s+.*Présent/);
    expect(text).toContain('signé à 8h20');
    expect(text).toContain('Close le 03/03/2026 à 12h05 par Anne Administratrice');
    expect(text).not.toContain('signée sur papier');
    // Three signatures: each an RGB image with its alpha mask.
    const drawn = pdfImages(pdf).filter((i) => i.type === 'image');
    expect(drawn).toHaveLength(3);
    expect(drawn.every((i) => i.width === 300 && i.height === 100 && i.page === 1)).toBe(true);
  });

  it('says a sheet was signed on paper', async () => {
    const session = rollCall(
      w,
      { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-03-03' },
      w.g1Learners,
      {},
      { mode: 'paper', closedAt: '2026-03-03T11:05:00.000Z' },
    );
    const { text, pdf } = await print(session);
    expect(text.match(/Feuille signée sur papier/g)).toHaveLength(2);
    expect(text.match(/Présent\b/g)).toHaveLength(12);
    expect(pdfImages(pdf)).toEqual([]);
  });

  it('fits 30 learners on two pages, the table header repeated', async () => {
    const big = makeGroup(w.b.db, w.cohortId, 'Grand', 30);
    const session = rollCall(
      w,
      {
        groupId: big,
        subjectId: w.subjects.english,
        date: '2026-03-05',
        slot: 'afternoon',
        trainerId: w.leroy,
      },
      members(w.b.db, big),
      {},
      { mode: 'paper' },
    );
    const { pdf, text } = await print(session);
    expect(pdfInfo(pdf).pages).toBe(2);
    expect(text).toContain('page 1 / 2');
    expect(text).toContain('page 2 / 2');
    const pages = text.split('\f');
    expect(pages[1]).toContain('Feuille d’émargement (suite) — Grand — jeudi 5 mars 2026 après-midi');
    expect(text.match(/Apprenant\s+Signature\s+Statut/g)).toHaveLength(2);
    for (let i = 1; i <= 30; i++) expect(text).toContain(`GRAND-${String(i).padStart(2, '0')} Alex`);
    expect(pages[1]).toContain('Signature du formateur : Marc Leroy');
    expect(text).toContain('30 apprenants');
  });

  it('is open to every role, and refuses an unknown session in French', async () => {
    const session = addSession(w, { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-03-03' });
    const adviser = await userWithRole(w.b.app, w.admin, 'adviser');
    expect((await print(session, adviser)).text).toContain('Feuille d’émargement');
    const unknown = await refused(
      w,
      () => call(w, 'attendance.printSheet', { sessionId: 9999 }),
      'NOT_FOUND',
    );
    expect(unknown.message).toBe('Cette séance n’existe pas (ou plus).');
  });
});
