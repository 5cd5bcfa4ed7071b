import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insert } from './documents-fixture-rows';
import { issue } from './documents-helpers';
import { call, refused } from './documents-setup';
import { attestationsWorld, CENTRE, setCentre, textsOf, type AttestationsWorld } from './attestations-setup';

/** Who an attestation batch is for, and what it refuses — in French, at the field, writing nothing. */

let w: AttestationsWorld;
beforeAll(async () => {
  w = await attestationsWorld();
});
afterAll(() => w.b.close());

const request = (extra: Record<string, unknown> = {}) => ({
  kind: 'attestations',
  cohortId: w.cohortId,
  ...extra,
});
const preview = (extra: Record<string, unknown> = {}, token = w.tokens.adviser) =>
  call(w, 'documents.preview', request(extra), token);
const start = (extra: Record<string, unknown> = {}) =>
  call(w, 'documents.start', { request: request(extra), format: 'pdf' }, w.tokens.adviser);

describe('attestations: who they are for', () => {
  it('goes to every learner of the cohort, in French alphabetical order, one page each', async () => {
    const { bytes, issued } = await issue(w, request({ issuedOn: '2027-07-03' }));
    expect(issued.pageCount).toBe(6);
    expect(issued.title).toBe('Attestations de fin de formation — NDRC 2025-2027 Évry');
    expect(issued.learners.map((l) => l.name)).toEqual([
      'BÉRANGER Éloïse',
      'DUPONT Marie',
      'FABRE Noé',
      'LEFÈVRE-ÇA Zoé',
      'MARTIN Jérôme',
      'PERROT Anaïs',
    ]);
    expect(issued.fileName).toBe('Attestations_NDRC_2025-2027_Evry.pdf');
    const { flat } = textsOf(bytes);
    const order = [
      'Éloïse BÉRANGER',
      'Marie DUPONT',
      'Noé FABRE',
      'Zoé LEFÈVRE-ÇA',
      'Jérôme MARTIN',
      'Anaïs PERROT',
    ];
    const at = order.map((name) => flat.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(flat.match(/page 1 \/ 1/g)).toHaveLength(6);
  });

  it('goes to a group’s learners: those it holds, or held last', async () => {
    // Jérôme Martin moved to another group of the cohort on 1 February: he is no longer in NDRC 1A's batch.
    const { db } = w.b;
    const other = insert(
      db,
      "INSERT INTO groups (cohort_id, name, created_at) VALUES (?, 'NDRC 1B', ?)",
      w.cohortId,
      '2026-01-05',
    );
    const moved = w.learners[4]!;
    db.prepare("UPDATE group_memberships SET end_date = '2026-02-01' WHERE learner_id = ?").run(moved);
    insert(
      db,
      "INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, '2026-02-01')",
      moved,
      other,
    );
    try {
      const own = await issue(w, request({ groupId: w.groupId }));
      expect(own.issued.learners.map((l) => l.id)).toEqual(w.learners.filter((id) => id !== moved));
      expect(own.issued.title).toBe('Attestations de fin de formation — NDRC 2025-2027 Évry — NDRC 1A');
      const theirs = await issue(w, request({ groupId: other }));
      expect(theirs.issued.learners.map((l) => l.name)).toEqual(['MARTIN Jérôme']);
    } finally {
      db.prepare('DELETE FROM group_memberships WHERE group_id = ?').run(other);
      db.prepare('UPDATE group_memberships SET end_date = NULL WHERE learner_id = ?').run(moved);
    }
  });

  it('goes to the learners picked, once each', async () => {
    const { issued } = await issue(w, request({ learnerIds: [w.learners[3], w.learners[0], w.learners[3]] }));
    expect(issued.learners.map((l) => l.name)).toEqual(['BÉRANGER Éloïse', 'LEFÈVRE-ÇA Zoé']);
    expect(issued.pageCount).toBe(2);
  });
});

describe('attestations: refusals', () => {
  it('refuses while the centre’s identity lacks what the attestation prints, naming the fields', async () => {
    await setCentre(w, { city: '', signatoryName: '', nda: '' });
    try {
      for (const run of [() => preview(), () => start()]) {
        const error = await refused(w, run, 'CONFLICT');
        expect(error.message).toBe(
          'L’identité du centre est incomplète : renseignez Ville, Numéro de déclaration d’activité, Nom du signataire dans Paramètres › Identité du centre avant d’éditer ce document.',
        );
      }
    } finally {
      await setCentre(w, CENTRE);
    }
  });

  it('refuses an unknown cohort, a group of another cohort, a learner of another cohort', async () => {
    expect((await refused(w, () => preview({ cohortId: 99999 }), 'NOT_FOUND')).message).toBe(
      'Cette promotion n’existe pas (ou plus).',
    );
    expect((await refused(w, () => preview({ groupId: 99999 }), 'NOT_FOUND')).message).toBe(
      'Ce groupe n’existe pas (ou plus).',
    );
    const group = await refused(w, () => start({ groupId: w.other.groupId }), 'INVALID_INPUT');
    expect(group.fields).toEqual({
      groupId:
        'Le groupe NRC Autre n’appartient pas à la promotion NDRC 2025-2027 Évry : choisissez un groupe de cette promotion.',
    });
    const learner = await refused(
      w,
      () => preview({ learnerIds: [w.learners[0], w.other.learners[0]] }),
      'INVALID_INPUT',
    );
    expect(learner.fields?.learnerIds).toBe(
      'Alex NRC AUTRE-01 ne fait pas partie de la promotion NDRC 2025-2027 Évry : retirez-le de la sélection.',
    );
    const outsideGroup = await refused(
      w,
      () => preview({ groupId: w.groupId, learnerIds: [w.other.learners[1]] }),
      'INVALID_INPUT',
    );
    expect(outsideGroup.fields?.learnerIds).toContain(
      'ne fait pas partie du groupe NDRC 1A (promotion NDRC 2025-2027 Évry)',
    );
    expect((await refused(w, () => preview({ learnerIds: [99999] }), 'NOT_FOUND')).message).toBe(
      'L’apprenant n° 99999 n’existe pas (ou plus).',
    );
  });

  it('refuses an empty batch at the field that chose it', async () => {
    const empty = insert(
      w.b.db,
      "INSERT INTO groups (cohort_id, name, created_at) VALUES (?, 'Groupe vide', ?)",
      w.cohortId,
      '2026-01-05',
    );
    const error = await refused(w, () => start({ groupId: empty }), 'INVALID_INPUT');
    expect(error.fields).toEqual({
      groupId:
        'Aucun apprenant du groupe Groupe vide (promotion NDRC 2025-2027 Évry) : il n’y a rien à éditer.',
    });
    w.b.db.prepare('DELETE FROM groups WHERE id = ?').run(empty);
  });

  it('is refused to trainers, who issue no documents', async () => {
    await refused(w, () => preview({}, w.tokens.trainer), 'FORBIDDEN');
  });
});
