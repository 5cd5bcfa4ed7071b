import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfPagePng, pdfText } from '../helpers/pdf';
import { keep } from './documents-helpers';
import { value } from './documents-setup';
import {
  attestationsWorld,
  CENTRE,
  certificateOf,
  rollCallOf,
  type AttestationsWorld,
} from './attestations-setup';

/**
 * The certificat de réalisation read back from its PDF, for March 2026: the model's sentences
 * with their blanks filled from the database built by the test, the hours computed by hand from
 * the roll calls (half-days of 3 h 45 = 225 min), the distance activities listed.
 */

let w: AttestationsWorld;
beforeAll(async () => {
  w = await attestationsWorld();
});
afterAll(() => w.b.close());

/** The nature lines of a certificate, as printed: "☒ action de VAE", "☐ bilan de compétences"… */
function natures(flat: string): string[] {
  const heading = 'Nature de l’action concourant au développement des compétences :';
  const start = flat.indexOf(heading) + heading.length;
  const end = flat.indexOf('qui s’est déroulée', start);
  return flat
    .slice(start, end)
    .split(/(?=[☐☒])/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

describe('certificat de réalisation', () => {
  it('fills in the model’s sentences, accents and all, with the hours and distance activities', async () => {
    const { pdf, layout, flat } = await certificateOf(w, 0, { issuedOn: '2026-03-31' });
    keep('certificat-beranger', pdf);
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(layout).toContain('CERTIFICAT DE RÉALISATION');
    expect(flat).toContain(
      `Je soussigné(e) ${CENTRE.signatoryName}, représentant légal du dispensateur de l’action concourant au développement des compétences ${CENTRE.name} atteste que : Éloïse BÉRANGER salarié(e) de l’entreprise Crédit Agricole Île-de-France a suivi l’action BTS Négociation et Digitalisation de la Relation Client (NDRC) Nature de l’action concourant au développement des compétences :`,
    );
    expect(natures(flat)).toEqual([
      '☐ action de formation',
      '☐ bilan de compétences',
      '☐ action de VAE',
      '☒ action de formation par apprentissage',
    ]);
    // 10 March 225 + 11 March 195 (left 30 min early) + 12 March 225 = 645 min.
    expect(flat).toContain(
      'qui s’est déroulée du 01/03/2026 au 31/03/2026 pour une durée de 10,75 heures (10 h 45) (1).',
    );
    expect(flat).toContain('Pour les formations à distance : activités réalisées et temps estimé');
    expect(layout).toMatch(
      /10\/03\/2026 matin\s+Relation client à distance et digitalisation — Module e-réputation : quiz et\s+3 h 45/,
    );
    expect(layout).toMatch(/12\/03\/2026 après-midi\s+Anglais\s+3 h 45/);
    expect(flat).toContain('Total à distance : 7 h 30');
    expect(flat).toContain(
      '(1) Pour les formations à distance, la durée tient compte des activités pédagogiques réalisées',
    );
    expect(flat).toContain('je m’engage à conserver l’ensemble des pièces justificatives');
    expect(flat).toContain('Fait à Évry-Courcouronnes, le 31 mars 2026');
    expect(flat).toContain(`${CENTRE.signatoryName} ${CENTRE.signatoryTitle}`);
    expect(flat).toContain('Cachet et signature du responsable du dispensateur de l’action');
    // Looked at: the model's layout, a ticked box, the FOAD table, signature beside the stamp box.
    expect(pdfPagePng(pdf, 1).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('counts late and early minutes out, and leaves missed distance sessions out of the activities', async () => {
    // Marie Dupont: 15 min late on 10 March: 210 + 225 + 225 = 660 min.
    const marie = (await certificateOf(w, 1)).flat;
    expect(marie).toContain('pour une durée de 11 heures (1).');
    expect(marie).toContain('Total à distance : 7 h 15');
    // Noé Fabre, absent on 10 March: 225 + 225 = 450 min; only 12 March's distance session.
    const noe = await certificateOf(w, 2);
    expect(noe.flat).toContain('pour une durée de 7,5 heures (7 h 30) (1).');
    expect(noe.layout).not.toContain('10/03/2026');
    expect(noe.flat).toContain('Total à distance : 3 h 45');
  });

  it('gives the same hours as the absences screens for the same days', async () => {
    for (const k of [0, 1, 2]) {
      const [realised] = await value<{ total: { attended: number } }[]>(w, 'attendance.hours', {
        learnerId: w.learners[k],
        from: '2026-03-01',
        to: '2026-03-31',
      });
      const hours = /pour une durée de ([\d,]+) heures/.exec((await certificateOf(w, k)).flat)![1]!;
      expect(Number(hours.replace(',', '.'))).toBe(realised!.total.attended);
    }
  });

  it('ticks the nature of the action from the learner’s access route', async () => {
    const ticked = async (k: number) =>
      natures((await certificateOf(w, k)).flat).filter((n) => n.startsWith('☒'));
    expect(await ticked(3)).toEqual(['☒ action de VAE']); // VAE
    expect(await ticked(4)).toEqual(['☒ action de formation']); // formule pro (CPF)
    expect(await ticked(5)).toEqual(['☒ action de formation']); // professionalisation
    expect(await ticked(1)).toEqual(['☒ action de formation par apprentissage']);
  });

  it('clamps the period to the learner’s training dates', async () => {
    // Anaïs Perrot left on 11 March: 10 and 11 March, 450 min; 10 March was at a distance.
    const { flat, layout } = await certificateOf(w, 5);
    expect(flat).toContain(
      'qui s’est déroulée du 01/03/2026 au 11/03/2026 pour une durée de 7,5 heures (7 h 30) (1).',
    );
    expect(layout).toContain('10/03/2026 matin');
    expect(layout).not.toContain('12/03/2026');
  });

  it('has no distance part when the period holds no distance session', async () => {
    // February: one morning in the centre (9 February), Marie Dupont present.
    const { flat } = await certificateOf(w, 1, { from: '2026-02-01', to: '2026-02-28' });
    expect(flat).toContain(
      'qui s’est déroulée du 01/02/2026 au 28/02/2026 pour une durée de 3,75 heures (3 h 45).',
    );
    expect(flat).not.toContain('(1)');
    expect(flat).not.toContain('formations à distance');
  });

  it('prints an employer left blank as such', async () => {
    w.b.db.prepare('UPDATE learners SET employer_name = NULL WHERE id = ?').run(w.learners[3]);
    expect((await certificateOf(w, 3)).flat).toContain(
      'salarié(e) de l’entreprise non renseignée a suivi l’action',
    );
  });

  it('continues a long list of distance activities on a page that says whose certificate it is', async () => {
    // April 2026: 20 weekdays of distance learning, morning and afternoon, everyone present.
    const days = Array.from({ length: 30 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`).filter(
      (d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()),
    );
    expect(days).toHaveLength(22);
    for (const date of days.slice(0, 20)) {
      for (const slot of ['morning', 'afternoon'] as const)
        rollCallOf(w, [date, slot, 'digital', 'distance', 'Classe virtuelle']);
    }
    const { pdf, flat } = await certificateOf(w, 0, { from: '2026-04-01', to: '2026-04-30' });
    expect(pdfInfo(pdf).pages).toBe(2);
    // 40 half-days of 3 h 45.
    expect(flat).toContain('pour une durée de 150 heures (1).');
    expect(flat).toContain('Total à distance : 150 h');
    const [, second] = pdfText(pdf).split('\f');
    expect(second!.trim().startsWith('Certificat de réalisation — Éloïse BÉRANGER (suite)')).toBe(true);
    expect(second).toMatch(/Date\s+Activité\s+Temps estimé/);
    expect(flat.match(/Relation client à distance et digitalisation — Classe virtuelle/g)).toHaveLength(40);
    expect(second).toContain('Cachet et signature du responsable du dispensateur de l’action');
  });
});
