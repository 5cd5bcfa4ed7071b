import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userWithRole } from '../helpers/backend';
import { asExtracted, pdfImages, pdfInfo } from '../helpers/pdf';
import { addSession } from './absences-setup';
import { setCentre } from './centre-setup';
import { call, makeCohort, makeTrainer, refused } from './planning-setup';
import { assignTeaching, printed, printsWorld, type PrintsWorld } from './prints-setup';

let w: PrintsWorld;
beforeEach(async () => {
  w = await printsWorld();
});
afterEach(() => w.b.close());

describe('prints.trainers', () => {
  it('lists who teaches the cohort, from the assignments and the planning, with subjects, groups and contact', async () => {
    const { negotiation, english, culture, digital } = w.subjects;
    // Claire Dupont: assigned negotiation in G1 and G2, planned once in G2 for a digital class.
    assignTeaching(w, w.g1, negotiation, w.dupont);
    assignTeaching(w, w.g2, negotiation, w.dupont);
    addSession(w, { groupId: w.g2, subjectId: digital, date: '2026-03-04' });
    // Marc Leroy: only planned, English in G1.
    addSession(w, { groupId: w.g1, subjectId: english, date: '2026-03-03', trainerId: w.leroy });
    // Élodie Œuvrard teaches culture générale to "Petit"; Zoran teaches nothing here.
    const oeuvrard = makeTrainer(w.b.db, 'Élodie', 'Œuvrard', [culture]);
    assignTeaching(w, w.small, culture, oeuvrard);
    makeTrainer(w.b.db, 'Zoran', 'Ångström', [culture]);
    // Another cohort's teaching stays off this list.
    const other = makeCohort(w.b.db, 'NDRC 2026-2028', w.programmeId);
    const otherGroup = Number(
      w.b.db
        .prepare("INSERT INTO groups (cohort_id, name, created_at) VALUES (?, 'Autre', '2026-01-05')")
        .run(other).lastInsertRowid,
    );
    assignTeaching(w, otherGroup, english, w.dupont);
    await setCentre(w.b.app, w.admin);

    const { file, pdf, text } = await printed(w, 'prints.trainers', { cohortId: w.cohortId });
    expect(file).toMatchObject({ fileName: 'Formateurs_NDRC_2025-2027.pdf', mimeType: 'application/pdf' });
    expect(pdfInfo(pdf)).toMatchObject({
      pages: 1,
      width: 595,
      height: 842,
      title: 'Équipe pédagogique — NDRC 2025-2027',
    });
    expect(text).toContain('Centre de formation Les Écureuils');
    expect(text).toContain('Équipe pédagogique');
    expect(text).toMatch(/NDRC 2025-2027 — BTS .*Négociation et Digitalisation de la Relation Client/);
    expect(asExtracted(text)).toContain('Formation du lundi 1er septembre 2025 au mercredi 30 juin 2027');
    expect(text).toContain('3 formateurs');
    expect(text).toMatch(/Formateur\s+Matières\s+Groupes\s+Courriel\s+Téléphone/);
    // Subjects in programme order, groups in French order.
    expect(text).toMatch(
      /DUPONT Claire\s+Relation client et négociation-vente\s+G1, G2\s+claire\.dupont@ecureuils\.fr\s+06 98 76 54 32/,
    );
    expect(text).toContain('Relation client à distance et');
    expect(text.indexOf('négociation-vente')).toBeLessThan(text.indexOf('Relation client à distance'));
    expect(text).toMatch(/LEROY Marc\s+Anglais\s+G1\s+—\s+—/);
    expect(text).toMatch(/ŒUVRARD Élodie\s+Culture générale et expression\s+Petit/);
    expect(text).not.toContain('ÅNGSTRÖM');
    const order = ['DUPONT Claire', 'LEROY Marc', 'ŒUVRARD Élodie'].map((n) => text.indexOf(n));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toContain('Autre');
    expect(pdfImages(pdf).filter((i) => i.type === 'image')).toHaveLength(1);
  });

  it('says in French when nobody teaches the cohort yet, for any role', async () => {
    const adviser = await userWithRole(w.b.app, w.admin, 'adviser');
    const { text } = await printed(w, 'prints.trainers', { cohortId: w.cohortId }, adviser);
    expect(text).toContain('0 formateur');
    expect(text).toContain('Aucun formateur n’enseigne encore à cette promotion');
    const error = await refused(w, () => call(w, 'prints.trainers', { cohortId: 9999 }), 'NOT_FOUND');
    expect(error.message).toBe('Cette promotion n’existe pas (ou plus).');
  });
});
