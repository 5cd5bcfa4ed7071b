import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userWithRole } from '../helpers/backend';
import { asExtracted, pdfImages, pdfInfo, pdfPagePng } from '../helpers/pdf';
import { setCentre } from './centre-setup';
import { makeGroup, refused, call } from './planning-setup';
import { printed, printsWorld, type PrintsWorld } from './prints-setup';

let w: PrintsWorld;
beforeEach(async () => {
  w = await printsWorld();
});
afterEach(() => w.b.close());

describe('prints.roster', () => {
  it('prints a group’s roster under the centre’s header: every learner with route, employer, tutor, contact', async () => {
    await setCentre(w.b.app, w.admin);
    const { file, pdf, text } = await printed(w, 'prints.roster', { groupId: w.g1, date: '2026-03-03' });
    expect(file).toMatchObject({
      fileName: 'Liste_NDRC_2025-2027_G1_2026-03-03.pdf',
      mimeType: 'application/pdf',
    });
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({
      pages: 1,
      width: 595,
      height: 842,
      title: 'Liste des apprenants — G1 (NDRC 2025-2027)',
    });
    expect(info.fonts).toMatch(/DejaVuSansCondensed/);
    // The centre's header.
    expect(text).toContain('Centre de formation Les Écureuils');
    expect(text).toContain('12 rue de l’Église, Bâtiment C, 69003 Lyon');
    expect(text).toContain('SIRET 842 271 540 00010 · NDA 84691234569');
    expect(text).toContain('Tél. 04 72 00 00 00 · contact@ecureuils.fr');
    // The group, the date, the count.
    expect(text).toContain('Liste des apprenants');
    expect(text).toMatch(/G1 — NDRC 2025-2027 — BTS .*Négociation et Digitalisation de la Relation Client/);
    expect(asExtracted(text)).toContain('Au mardi 3 mars 2026');
    expect(text).toContain('12 apprenants');
    expect(text).toMatch(/N°\s+Apprenant\s+Né\(e\) le\s+Voie d’accès\s+Employeur\s+Tuteur\s+Contact/);
    // Léa: every column; Noé: a funded formule pro, no tutor; Zoé: nothing but her route.
    expect(text).toMatch(
      /1\s+BÉRARD Léa\s+17\/04\/2005\s+Contrat de\s+Boulangerie\s+Jérôme Lefèvre\s+lea\.berard@exemple\.fr/,
    );
    for (const field of [
      'professionnalisation',
      'Lefèvre & Fils',
      '06 11 22 33 44',
      'jerome@lefevre.fr',
      '06 12 34 56 78',
    ])
      expect(text).toContain(field);
    expect(text).toMatch(
      /2\s+ÇELIK Noé\s+01\/12\/2004\s+Formule pro \(CPF\)\s+Société Générale\s+—\s+noe@exemple\.fr/,
    );
    expect(text).toMatch(/3\s+DUPRÉ Zoé\s+—\s+Apprentissage\s+—\s+—\s+—/);
    const order = ['BÉRARD Léa', 'ÇELIK Noé', 'DUPRÉ Zoé', 'G1-04 Alex', 'G1-12 Alex'].map((n) =>
      text.indexOf(n),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toContain('HORS-GROUPE');
    expect(text).toContain('page 1 / 1');
    // The logo, once.
    expect(pdfImages(pdf).filter((i) => i.type === 'image')).toMatchObject([
      { page: 1, type: 'image', width: 240, height: 96 },
    ]);
    expect(pdfPagePng(pdf).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('reads the group on the date asked: a learner gone since is on an earlier roster only', async () => {
    const [lea] = w.g1Learners as [number];
    w.b.db
      .prepare('UPDATE group_memberships SET end_date = ? WHERE learner_id = ? AND group_id = ?')
      .run('2026-03-01', lea, w.g1);
    const before = await printed(w, 'prints.roster', { groupId: w.g1, date: '2026-02-27' });
    expect(before.text).toContain('BÉRARD Léa');
    expect(before.text).toContain('12 apprenants');
    const after = await printed(w, 'prints.roster', { groupId: w.g1, date: '2026-03-02' });
    expect(after.text).not.toContain('BÉRARD Léa');
    expect(after.text).toContain('11 apprenants');
    // Without a date: the registry's today (2026-03-02).
    const today = await printed(w, 'prints.roster', { groupId: w.g1 });
    expect(today.file.fileName).toBe('Liste_NDRC_2025-2027_G1_2026-03-02.pdf');
    expect(today.text).not.toContain('BÉRARD Léa');
  });

  it('fits 30 learners on one page, and continues longer rows on a second with the table header repeated', async () => {
    const big = makeGroup(w.b.db, w.cohortId, 'Grand', 30);
    const short = await printed(w, 'prints.roster', { groupId: big, date: '2026-03-03' });
    expect(pdfInfo(short.pdf).pages).toBe(1);
    expect(short.text).toContain('30 apprenants');
    for (let i = 1; i <= 30; i++) expect(short.text).toContain(`GRAND-${String(i).padStart(2, '0')} Alex`);
    // Without an identity, no header and no image: the print still works.
    expect(pdfImages(short.pdf)).toEqual([]);

    w.b.db
      .prepare(
        `UPDATE learners SET employer_name = 'Transports Éric Bénard', tutor_name = 'Cécile Bénard',
           tutor_phone = '06 00 00 00 00', tutor_email = 'cecile@benard.fr', email = surname || '@exemple.fr',
           phone = '07 00 00 00 00' WHERE surname LIKE 'Grand-%'`,
      )
      .run();
    const { pdf, text } = await printed(w, 'prints.roster', { groupId: big, date: '2026-03-03' });
    expect(pdfInfo(pdf).pages).toBe(2);
    const pages = text.split('\f');
    expect(pages[0]).not.toContain('(suite)');
    expect(pages[1]).toContain('Liste des apprenants (suite) — Grand (NDRC 2025-2027)');
    expect(text.match(/N°\s+Apprenant\s+Né\(e\) le/g)).toHaveLength(2);
    for (let i = 1; i <= 30; i++) expect(text).toContain(`GRAND-${String(i).padStart(2, '0')} Alex`);
    expect(text.match(/Cécile Bénard/g)).toHaveLength(30);
    expect(text).toContain('page 1 / 2');
    expect(text).toContain('page 2 / 2');
  });

  it('is open to every role and refuses an unknown group in French', async () => {
    const trainer = await userWithRole(w.b.app, w.admin, 'trainer');
    expect((await printed(w, 'prints.roster', { groupId: w.small }, trainer)).text).toContain('3 apprenants');
    const error = await refused(w, () => call(w, 'prints.roster', { groupId: 9999 }), 'NOT_FOUND');
    expect(error.message).toBe('Ce groupe n’existe pas (ou plus).');
  });
});
