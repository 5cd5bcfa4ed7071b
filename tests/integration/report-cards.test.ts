import { afterEach, describe, expect, it } from 'vitest';
import { asExtracted, pdfInfo, pdfPagePng } from '../helpers/pdf';
import { changeSettings, keep, previewText, setCentre } from './documents-helpers';
import { documentsWorld, GENERAL_APPRECIATIONS, type DocumentsWorld } from './documents-setup';

/**
 * A report card read back with pdftotext. Every expected figure is worked out by hand from the
 * marks of documents-fixture-data.ts (learner k takes column k):
 *
 * Culture (eval. coef 1 then 2): k0 (12 + 2×14)/3 = 13,33; k1 15 (ABJ left out); k2 30/3 = 10;
 * k3 (0 [ABS] + 32)/3 = 10,67; k4 10; k5 14 (DISP left out) → class 73/6 = 12,17, min 10, max 15.
 * English /10 → /20: 15, 18, 10, 12, 16, NN → class 71/5 = 14,20, min 10, max 18.
 * Negotiation (coef 2 then 1): k0 43/3 = 14,33; k1 17 (NN waits: provisional); k2 28/3 = 9,33;
 * k3 12; k4 24/3 = 8 (ABS = 0); k5 14 → class 74,67/6 = 12,44, min 8, max 17.
 * Digital: 11, 13, 7, 15, 9, 10 → class 65/6 = 10,83, min 7, max 15.
 * General (coefficients 3, 3, 5, 4): k0 (40 + 45 + 71,67 + 44)/15 = 13,38; k1 236/15 = 15,73*;
 * k2 8,98; k3 12,53; k4 10,27; k5 (42 + 70 + 40)/12 = 12,67* → class 12,26, min 8,98, max 15,73.
 */

let w: DocumentsWorld;
afterEach(() => w?.b.close());

/** The extracted line that starts with `label` (the table's rows keep their figures on it). */
function lineOf(text: string, label: string): string {
  const line = asExtracted(text)
    .split('\n')
    .find((l) => l.trim().startsWith(label));
  if (!line) throw new Error(`no line starts with "${label}" in:\n${text}`);
  return line;
}

const figures = (...values: string[]) => new RegExp(values.join('\\s+'));

describe('a report card', () => {
  it('prints the centre, the learner, the figures the marks imply, the appreciations, attendance and signature', async () => {
    w = await documentsWorld();
    await setCentre(w);
    const { file, pdf, text } = await previewText(w, w.learners[0]!);
    keep('bulletin-beranger', pdf);

    expect(file).toMatchObject({ fileName: 'BERANGER_Eloise_S1.pdf', mimeType: 'application/pdf' });
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({ pages: 1, width: 595, height: 842 });
    expect(info.title).toBe('Bulletins de notes — NDRC 1A — Semestre 1');
    expect(info.fonts).toMatch(/DejaVuSansCondensed/);
    expect(pdfPagePng(pdf).subarray(1, 4).toString()).toBe('PNG');

    const plain = asExtracted(text);
    for (const expected of [
      'Centre de formation Léonard-de-Vinci — Évry',
      '3 place de l’Agora, 91000 Évry-Courcouronnes',
      'SIRET 732 829 320 00074',
      'NDA 11910123491',
      'Bulletin de notes — Semestre 1',
      'BÉRANGER Éloïse',
      '01/01/2003',
      'NDRC 1A',
      'NDRC 2025-2027 Évry',
      'BTS Négociation et Digitalisation de la Relation Client (NDRC)',
      'du 01/09/2025 au 31/01/2026',
      'Très bonne maîtrise de l’écrit ; l’oral gagnerait à',
      'Excellente négociatrice, à l’aise face au client ;',
      'Appréciation générale de l’équipe pédagogique',
      'Éloïse réalise un semestre très satisfaisant',
      '« Relation client et négociation-vente ».',
      'Assiduité sur la période',
      'Fait à Évry-Courcouronnes, le 2 mars 2026',
      'Hélène Lefèvre',
      'Directrice',
      'page 1 / 1',
    ]) {
      expect(plain).toContain(expected);
    }
    expect(lineOf(text, 'Matière')).toMatch(/Moyenne\s+Classe\s+Min\.\s+Max\.\s+Coef\.\s+Appréciation/);
    expect(lineOf(text, 'Culture générale et')).toMatch(figures('13,33', '12,17', '10,00', '15,00', '3'));
    expect(lineOf(text, 'Anglais')).toMatch(figures('15,00', '14,20', '10,00', '18,00', '3'));
    expect(lineOf(text, 'Culture économique')).toMatch(figures('—', '—', '—', '—', '3'));
    expect(lineOf(text, 'Relation client et négociation')).toMatch(
      figures('14,33', '12,44', '8,00', '17,00', '5'),
    );
    expect(lineOf(text, 'Relation client à distance')).toMatch(
      figures('11,00', '10,83', '7,00', '15,00', '4'),
    );
    expect(lineOf(text, 'Moyenne générale')).toMatch(figures('13,38', '12,26', '8,98', '15,73'));
    // 6 October morning absent (justified), 7 October absent (unjustified), 15 min late on 6 October.
    expect(lineOf(text, 'Absences justifiées')).toMatch(/Absences non justifiées\s+Retards/);
    expect(plain).toMatch(/1 demi-journée \(3 h 45\)\s+1 demi-journée \(3 h 45\)\s+1 retard \(15 min\)/);
    // No NN waits for her and ranks are not shown by default.
    expect(plain).not.toContain('provisoire');
    expect(plain).not.toContain('Rang');
  });

  it('flags provisional averages with a footnote and counts a pending absence as unjustified', async () => {
    w = await documentsWorld();
    const { text } = await previewText(w, w.learners[1]!);
    expect(asExtracted(text)).toContain('DUPONT Marie');
    expect(lineOf(text, 'Relation client et négociation')).toMatch(figures('17,00\\*', '12,44'));
    expect(lineOf(text, 'Moyenne générale')).toMatch(figures('15,73\\*', '12,26'));
    expect(text).toContain('* provisoire : notes en attente');
    // Absent (pending) on 6 October afternoon; late 10 min (justified) and 5 min (pending).
    expect(asExtracted(text)).toMatch(/aucune\s+1 demi-journée \(3 h 45\)\s+2 retards \(15 min\)/);
  });

  it('says when a learner has no general appreciation, no birth date or only an NN mark', async () => {
    w = await documentsWorld();
    expect(GENERAL_APPRECIATIONS[5]).toBeNull();
    const { text } = await previewText(w, w.learners[5]!);
    const plain = asExtracted(text);
    expect(plain).toContain('PERROT Anaïs');
    expect(plain).toMatch(/Né\(e\) le :\s+—/);
    expect(plain).toContain('Aucune appréciation saisie pour cette période.');
    expect(lineOf(text, 'Anglais')).toMatch(figures('—\\*', '14,20', '10,00', '18,00', '3'));
    expect(lineOf(text, 'Moyenne générale')).toMatch(figures('12,67\\*', '12,26'));
    expect(plain).toContain('Dispensée de l’écriture personnelle.');
  });

  it('shows the rank when the centre chooses to, ties aside, and rounds as the settings say', async () => {
    w = await documentsWorld();
    await changeSettings(w, { marks: { showRank: true, displayRounding: 'tenth' } });
    const first = await previewText(w, w.learners[0]!);
    expect(asExtracted(first.text)).toContain('Rang : 2e / 6');
    expect(lineOf(first.text, 'Culture générale et')).toMatch(figures('13,3', '12,2', '10,0', '15,0', '3'));
    expect(lineOf(first.text, 'Moyenne générale')).toMatch(figures('13,4', '12,3', '9,0', '15,7'));
    const second = await previewText(w, w.learners[1]!);
    expect(asExtracted(second.text)).toContain('Rang : 1er / 6');
  });

  it('prints a row per exam unit when the settings say so, the subjects of no unit after them', async () => {
    w = await documentsWorld();
    await changeSettings(w, { documents: { reportCardRows: 'units' } });
    const { pdf, text } = await previewText(w, w.learners[0]!);
    keep('bulletin-epreuves', pdf);
    expect(lineOf(text, 'Épreuve')).toMatch(/Moyenne\s+Classe/);
    expect(lineOf(text, 'U1 — Culture générale')).toMatch(figures('13,33', '12,17', '10,00', '15,00', '3'));
    expect(lineOf(text, 'U4 — Relation client et')).toMatch(figures('14,33', '12,44', '8,00', '17,00', '5'));
    expect(lineOf(text, 'U5 — Relation client à')).toMatch(figures('11,00', '10,83', '7,00', '15,00', '4'));
    expect(asExtracted(text)).toContain('Accompagnement, conduite');
    expect(lineOf(text, 'Moyenne générale')).toMatch(figures('13,38', '12,26', '8,98', '15,73'));
  });

  it('goes on to a second page with its header repeated when appreciations are long', async () => {
    w = await documentsWorld();
    const long =
      'Un semestre riche : participation active en cours, travaux rendus à l’heure et soignés, progrès nets à l’oral. ' +
      'Il reste à approfondir l’analyse des situations commerciales, à structurer davantage les écrits et à gagner en ' +
      'aisance lors des jeux de rôle. L’équipe compte sur cet élan pour le semestre suivant ; poursuivez ainsi. ';
    const subjects = Object.values(w.subjects);
    const save = w.b.db.prepare(
      `INSERT INTO appreciations (learner_id, period_id, subject_id, text, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, '2026-01-20T10:00:00.000Z')
       ON CONFLICT DO UPDATE SET text = excluded.text`,
    );
    for (const subject of subjects)
      save.run(w.learners[0], w.closedPeriod, subject, long.repeat(2), w.users.admin);
    const { pdf, text } = await previewText(w, w.learners[0]!);
    keep('bulletin-long', pdf);
    expect(pdfInfo(pdf).pages).toBe(2);
    const [page1, page2] = asExtracted(text).split('\f');
    expect(page1).toContain('page 1 / 2');
    expect(page2).toContain('Bulletin de notes — Semestre 1 — BÉRANGER Éloïse (suite)');
    expect(page2).toMatch(/Matière\s+Moyenne\s+Classe/);
    expect(page2).toContain('page 2 / 2');
    expect(page2).toContain('Fait le 2 mars 2026');
  });
});
