import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfPagePng, pdfText } from '../helpers/pdf';
import { changeSettings, keep } from './documents-helpers';
import {
  attestationOf,
  attestationsWorld,
  CENTRE,
  spaced,
  type AttestationsWorld,
} from './attestations-setup';

/**
 * The attestation de fin de formation read back from its PDF: every field from the database
 * built by the test, the hours realised computed by hand from the roll calls, the result of the
 * evaluation worded as the settings say. Half-days last 3 h 45 (225 min).
 */

let w: AttestationsWorld;
beforeAll(async () => {
  w = await attestationsWorld();
});
afterAll(() => w.b.close());

const OBJECTIVES = () =>
  JSON.parse(
    (
      w.b.db.prepare('SELECT objectives FROM programmes WHERE id = ?').get(w.programmeId) as {
        objectives: string;
      }
    ).objectives,
  ) as string[];

describe('attestation de fin de formation', () => {
  it('prints the centre, the learner, the action, its objectives and the jury’s decision, accents and all', async () => {
    const { pdf, layout, flat } = await attestationOf(w, 0, { issuedOn: '2027-07-03' });
    keep('attestation-beranger', pdf);
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(layout).toContain('Attestation de fin de formation');
    expect(layout).toContain('Article L6353-1 du Code du travail');
    expect(layout).toContain(CENTRE.name);
    expect(layout).toContain('SIRET 732 829 320 00074 · NDA 11912345678');
    expect(layout).toMatch(spaced('Nom et prénom :', 'Éloïse BÉRANGER'));
    expect(layout).toMatch(spaced('Date de naissance :', '01/01/2003'));
    expect(layout).toMatch(
      spaced('Intitulé :', 'BTS Négociation et Digitalisation de la Relation Client (NDRC)'),
    );
    expect(layout).toMatch(spaced('Certification visée :', 'code diplôme 32031212 · RNCP 38368'));
    expect(layout).toMatch(spaced('Nature de l’action :', 'Action de formation par apprentissage'));
    expect(layout).toMatch(spaced('Dates :', 'du 01/09/2025 au 30/06/2027'));
    // Programme: 2 years × 675 h. Realised: 6 Oct. pm 15 min late (210), 3 Nov. (225), 10 and
    // 12 March (225 each), 11 March 30 min early (195); absent 6 Oct. am, 7 Oct., 9 Feb.: 1 080 min.
    expect(layout).toMatch(spaced('Durée :', '1 350 h prévues au programme · 18 h réalisées (émargement)'));
    for (const objective of OBJECTIVES()) expect(flat).toContain(`• ${objective}`);
    expect(OBJECTIVES()).toHaveLength(16);
    expect(layout).toContain('Résultats de l’évaluation des acquis de la formation');
    expect(flat).toContain('Décision du jury Admis(e) — session 2027, moyenne 12,40 / 20');
    expect(flat).toContain('Unités et blocs de compétences acquis Aucune unité acquise à ce jour.');
    expect(flat).toContain('Fait à Évry-Courcouronnes, le 3 juillet 2027');
    expect(flat).toContain(`${CENTRE.signatoryName} ${CENTRE.signatoryTitle}`);
    expect(layout).toContain('page 1 / 1');
    // Page 1 renders (it was looked at: header, sections, two columns of objectives, signature).
    expect(pdfPagePng(pdf, 1).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('says the simulator’s decision is provisional, with the units and blocs it grants', async () => {
    // Marie Dupont: U1 12, U2 11, U3 10, U4 14, U5 9, U6 13 typed in the simulator:
    // (12×3 + 11×3 + 10×3 + 14×5 + 9×4 + 13×3) / 21 = 244 / 21 = 11,619…
    const { flat, layout } = await attestationOf(w, 1);
    expect(flat).toContain(
      'Décision prévisionnelle (simulateur d’examen, sous réserve de la décision du jury) Admis(e) — moyenne prévisionnelle 11,62 / 20',
    );
    expect(flat).toContain(
      [
        '• U1 — Culture générale et expression',
        '• U2 — Communication en langue vivante étrangère : anglais',
        '• U3 — Culture économique, juridique et managériale',
        '• U4 — Relation client et négociation-vente',
        '• U6 — Relation client et animation de réseaux',
        '• Bloc de compétences 1 (U4) — Relation client et négociation-vente',
        '• Bloc de compétences 3 (U6) — Relation client et animation de réseaux',
      ].join(' '),
    );
    expect(flat).not.toContain('U5 —');
    expect(flat).not.toContain('(prévisionnel)');
    // 225 (6 Oct. am) + 215 (7 Oct., 10 min late) + 220 (3 Nov., 5 min late) + 225 (9 Feb.)
    // + 210 (10 March, 15 min late) + 225 + 225; absent on 6 Oct. pm: 1 545 min.
    expect(layout).toContain('25 h 45 réalisées');
    expect(layout).toMatch(spaced('Date de naissance :', '02/02/2004'));
  });

  it('flags what only a BTS blanc gives as provisional', async () => {
    const { flat, layout } = await attestationOf(w, 2);
    expect(flat).toContain('Toutes les épreuves ne sont pas encore notées');
    expect(flat).toContain('• U4 — Relation client et négociation-vente (prévisionnel)');
    expect(flat).toContain(
      '• Bloc de compétences 1 (U4) — Relation client et négociation-vente (prévisionnel)',
    );
    // Present at every half-day but 10 March: 7 × 225 = 1 575 min.
    expect(layout).toContain('26 h 15 réalisées');
  });

  it('states the nature of the action from the learner’s access route', async () => {
    const nature = async (k: number) =>
      /Nature de l’action :\s+(.+)/.exec((await attestationOf(w, k)).layout)![1]!.trim();
    expect(await nature(0)).toBe('Action de formation par apprentissage');
    expect(await nature(3)).toBe('Validation des acquis de l’expérience');
    expect(await nature(4)).toBe('Action de formation');
    expect(await nature(5)).toBe('Action de formation');
  });

  it('runs from entry to exit within the cohort, and counts the hours of those days only', async () => {
    // Anaïs Perrot left on 11 March: 195 (6 Oct., 30 min late) + 4 × 225 + 225 (10 March) + 225 (11 March).
    const { layout } = await attestationOf(w, 5);
    expect(layout).toMatch(spaced('Dates :', 'du 01/09/2025 au 11/03/2026'));
    expect(layout).toContain('25 h 45 réalisées');
    // Zoé Lefèvre-Ça: absent 6 Oct. (twice), then 5 half-days: 1 125 + 225 = 1 350 min.
    expect((await attestationOf(w, 3)).layout).toContain('22 h 30 réalisées');
  });

  it('words the result as the settings say: parts, order and the centre’s note', async () => {
    const note = 'Attestation délivrée pour servir et valoir ce que de droit — « Carnet ».';
    await changeSettings(w, {
      documents: { attestationResults: ['average', 'decision'], attestationNote: note },
    });
    try {
      const { flat } = await attestationOf(w, 2);
      // Noé Fabre: culture (8 + 11×2)/3 = 10, English 5/10 = 10, negotiation (9×2 + 10 + 14 + 15)/5
      // = 11,4 (the BTS blanc counts in the S2 negotiation average), digital 7; coefficients 3, 3,
      // 5, 4: (30 + 30 + 57 + 28) / 15 = 9,666…
      const average = flat.indexOf('Moyenne générale sur la formation 9,67 / 20');
      const decision = flat.indexOf('Décision prévisionnelle');
      expect(average).toBeGreaterThan(0);
      expect(decision).toBeGreaterThan(average);
      expect(flat).not.toContain('Unités et blocs de compétences acquis');
      expect(flat).toContain(note);
      // Marie Dupont waits for a mark in Semestre 2 (NN): her average says it is provisional.
      expect((await attestationOf(w, 1)).flat).toMatch(
        /Moyenne générale sur la formation \d+,\d\d \/ 20 \(provisoire : des notes sont en attente\)/,
      );
      await changeSettings(w, { documents: { attestationResults: [], attestationNote: '' } });
      const bare = (await attestationOf(w, 2)).flat;
      expect(bare).toContain('Résultats de l’évaluation des acquis de la formation');
      expect(bare).not.toContain('Moyenne générale');
      expect(bare).not.toContain('Décision');
    } finally {
      await changeSettings(w, {
        documents: { attestationResults: ['decision', 'units'], attestationNote: '' },
      });
    }
  });

  it('prints a birth date only when it is known', async () => {
    const { layout } = await attestationOf(w, 5);
    expect(layout).toContain('Anaïs PERROT');
    expect(layout).not.toContain('Date de naissance');
  });

  it('continues on a page that says whose attestation it is, when the programme lists many objectives', async () => {
    const stored = OBJECTIVES();
    const many = Array.from(
      { length: 70 },
      (_, i) =>
        `Objectif n° ${i + 1} : mener une négociation commerciale complète, de la préparation au suivi`,
    );
    const update = w.b.db.prepare('UPDATE programmes SET objectives = ? WHERE id = ?');
    update.run(JSON.stringify(many), w.programmeId);
    try {
      const { pdf, flat } = await attestationOf(w, 1);
      expect(pdfInfo(pdf).pages).toBe(2);
      const [, second] = pdfText(pdf).split('\f');
      expect(second!.trim().startsWith('Attestation de fin de formation — Marie DUPONT (suite)')).toBe(true);
      expect(second).toContain('Fait à Évry-Courcouronnes');
      expect(flat).toContain('page 1 / 2');
      expect(flat).toContain('page 2 / 2');
      for (const objective of many) expect(flat).toContain(`• ${objective} `);
    } finally {
      update.run(JSON.stringify(stored), w.programmeId);
    }
  });
});
