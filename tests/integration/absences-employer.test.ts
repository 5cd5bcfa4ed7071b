import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userWithRole } from '../helpers/backend';
import { absencesWorld, rollCall, type AbsencesWorld } from './absences-setup';
import { call, refused, value } from './planning-setup';

let w: AbsencesWorld;
let lea: number;

beforeEach(async () => {
  w = await absencesWorld();
  lea = w.g1Learners[0]!;
  w.b.db
    .prepare('UPDATE learners SET employer_name = ?, tutor_name = ?, tutor_email = ? WHERE id = ?')
    .run('Boulangerie Martin', 'Mme Martin', 'tuteur@boulangerie-martin.fr', lea);
  rollCall(w, { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-02-03' }, [lea], {
    [lea]: { presence: 'absent', justification: 'justified', reason: 'illness' },
  });
  rollCall(
    w,
    { groupId: w.g1, subjectId: w.subjects.english, date: '2026-02-12', slot: 'afternoon' },
    [lea],
    {
      [lea]: { presence: 'absent' },
    },
  );
  rollCall(w, { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-02-10' }, [lea], {
    [lea]: { late: 20, justification: 'unjustified' },
  });
  rollCall(w, { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-02-17' }, [lea]);
});
afterEach(() => w.b.close());

interface Message {
  to: string | null;
  subject: string;
  body: string;
}

describe('absences.employerMessage', () => {
  it('prepares a polite message to the tutor listing the absences of the period, oldest first', async () => {
    const message = await value<Message>(w, 'absences.employerMessage', {
      learnerId: lea,
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(message.to).toBe('tuteur@boulangerie-martin.fr');
    expect(message.subject).toBe('Absences de Léa Bérard en formation du 01/02/2026 au 28/02/2026');
    const lines = message.body.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Bonjour Mme Martin,',
      '',
      'Nous vous informons des absences en formation de Léa Bérard (promotion NDRC 2025-2027) du 01/02/2026 au 28/02/2026 :',
      '',
      '- Mardi 3 février 2026 matin (Relation client et négociation-vente) : absence (3\u00a0h\u00a045), justifiée',
      '- Mardi 10 février 2026 matin (Relation client et négociation-vente) : arrivée en retard de 20 min, non justifiée',
      expect.stringMatching(
        /^- Jeudi 12 février 2026 après-midi \(.+\) : absence \(3\u00a0h\u00a045\), justificatif attendu$/,
      ),
      '',
    ]);
    expect(lines.slice(8)).toEqual([
      'Au total : 7\u00a0h\u00a050 d’absence, dont 3\u00a0h\u00a045 justifiées et 4\u00a0h\u00a005 non justifiées ou en attente de justificatif.',
      'Pour les absences en attente, merci de nous transmettre le justificatif (arrêt de travail, convocation…) dès que possible.',
      '',
      'Nous restons à votre disposition pour en parler.',
      '',
      'Cordialement,',
      'Anne Administratrice',
      'L’équipe pédagogique',
    ]);
  });

  it('runs by default from the cohort’s start to today, and greets formally without a tutor’s name', async () => {
    w.b.db.prepare('UPDATE learners SET tutor_name = NULL, tutor_email = NULL WHERE id = ?').run(lea);
    const message = await value<Message>(w, 'absences.employerMessage', { learnerId: lea });
    expect(message.to).toBeNull();
    expect(message.subject).toBe('Absences de Léa Bérard en formation du 01/09/2025 au 02/03/2026');
    expect(message.body.startsWith('Madame, Monsieur,\n')).toBe(true);
  });

  it('says when everything was justified, without asking for documents', async () => {
    const message = await value<Message>(w, 'absences.employerMessage', {
      learnerId: lea,
      from: '2026-02-01',
      to: '2026-02-05',
    });
    expect(message.body).toContain('Au total : 3\u00a0h\u00a045 d’absence, toutes justifiées.');
    expect(message.body).not.toContain('justificatif (arrêt');
  });

  it('refuses in French for a learner without employer, or with nothing to report', async () => {
    const other = w.g1Learners[1]!;
    const noEmployer = await refused(w, () => call(w, 'absences.employerMessage', { learnerId: other }));
    expect(noEmployer.message).toBe(
      'Noé Çelik n’a pas d’employeur renseigné dans sa fiche : il n’y a personne à prévenir.',
    );
    const nothing = await refused(w, () =>
      call(w, 'absences.employerMessage', { learnerId: lea, from: '2026-02-13', to: '2026-02-20' }),
    );
    expect(nothing.message).toBe(
      'Léa Bérard n’a ni absence, ni retard, ni départ anticipé du 13/02/2026 au 20/02/2026 : rien à signaler à l’employeur.',
    );
    const unknown = await refused(
      w,
      () => call(w, 'absences.employerMessage', { learnerId: 9999 }),
      'NOT_FOUND',
    );
    expect(unknown.message).toBe('Cet apprenant n’existe pas (ou plus).');
  });

  it('is for managers', async () => {
    const trainer = await userWithRole(w.b.app, w.admin, 'trainer');
    await refused(w, () => call(w, 'absences.employerMessage', { learnerId: lea }, trainer), 'FORBIDDEN');
  });
});
