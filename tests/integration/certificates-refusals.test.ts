import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue } from './documents-helpers';
import { call, refused } from './documents-setup';
import { attestationsWorld, CENTRE, setCentre, textsOf, type AttestationsWorld } from './attestations-setup';

/** Certificates per period: who a batch holds, what it is named, and what it refuses, writing nothing. */

let w: AttestationsWorld;
beforeAll(async () => {
  w = await attestationsWorld();
});
afterAll(() => w.b.close());

const request = (extra: Record<string, unknown> = {}) => ({
  kind: 'certificates',
  cohortId: w.cohortId,
  from: '2026-03-01',
  to: '2026-03-31',
  ...extra,
});
const preview = (extra: Record<string, unknown> = {}) =>
  call(w, 'documents.preview', request(extra), w.tokens.adviser);
const start = (extra: Record<string, unknown> = {}) =>
  call(w, 'documents.start', { request: request(extra), format: 'pdf' }, w.tokens.adviser);

describe('certificates: a batch per period', () => {
  it('names a month’s batch after the month and holds a page per learner in training then', async () => {
    const { issued, bytes } = await issue(w, request({ groupId: w.groupId }));
    expect(issued.title).toBe('Certificats de réalisation — NDRC 2025-2027 Évry — NDRC 1A');
    expect(issued.periodLabel).toBe('mars 2026');
    expect(issued.fileName).toBe('Certificats_NDRC_2025-2027_Evry_NDRC_1A_2026-03.pdf');
    expect(issued.pageCount).toBe(6);
    expect(textsOf(bytes).flat.match(/CERTIFICAT DE RÉALISATION/g)).toHaveLength(6);
  });

  it('leaves out of a batch the learners who were not in training during the period', async () => {
    // Anaïs Perrot left on 11 March: April's batch is for the five others.
    const { issued } = await issue(w, request({ from: '2026-04-01', to: '2026-04-15' }));
    expect(issued.periodLabel).toBe('du 01/04/2026 au 15/04/2026');
    expect(issued.learners.map((l) => l.name)).not.toContain('PERROT Anaïs');
    expect(issued.learners).toHaveLength(5);
  });

  it('names each learner’s file after them and the period', async () => {
    const file = await call<{ fileName: string }>(
      w,
      'documents.preview',
      request({ learnerIds: [w.learners[3]] }),
    );
    expect(file.ok && file.value.fileName).toBe('LEFEVRE-CA_Zoe_certificat_2026-03.pdf');
    const range = await call<{ fileName: string }>(
      w,
      'documents.preview',
      request({ learnerIds: [w.learners[0]], from: '2026-03-09', to: '2026-03-13' }),
    );
    expect(range.ok && range.value.fileName).toBe('BERANGER_Eloise_certificat_2026-03-09_2026-03-13.pdf');
  });
});

describe('certificates: refusals', () => {
  it('refuses a period that ends before it starts, at its end', async () => {
    const error = await refused(w, () => start({ from: '2026-03-31', to: '2026-03-01' }), 'INVALID_INPUT');
    expect(error.fields).toEqual({
      to: 'La période se termine le 01/03/2026, avant de commencer le 31/03/2026 : corrigez la date de fin.',
    });
  });

  it('refuses a learner picked who was not in training during the period', async () => {
    const error = await refused(
      w,
      () => preview({ learnerIds: [w.learners[0], w.learners[5]], from: '2026-04-01', to: '2026-04-30' }),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual({
      learnerIds:
        'Anaïs PERROT n’était pas en formation entre le 01/04/2026 et le 30/04/2026 : retirez-le de la sélection ou changez la période.',
    });
  });

  it('refuses a period when nobody of the scope was in training', async () => {
    const error = await refused(w, () => start({ from: '2028-01-01', to: '2028-01-31' }), 'INVALID_INPUT');
    expect(error.fields).toEqual({
      cohortId:
        'Aucun apprenant de la promotion NDRC 2025-2027 Évry n’était en formation entre le 01/01/2028 et le 31/01/2028 : changez la période.',
    });
  });

  it('refuses while the centre has no signatory, naming what is missing', async () => {
    await setCentre(w, { signatoryName: '', signatoryTitle: '' });
    try {
      const error = await refused(w, () => preview(), 'CONFLICT');
      expect(error.message).toContain('renseignez Nom du signataire, Qualité du signataire dans Paramètres');
    } finally {
      await setCentre(w, CENTRE);
    }
  });

  it('refuses a group of another cohort, a learner of another cohort, and trainers', async () => {
    expect(
      (await refused(w, () => preview({ groupId: w.other.groupId }), 'INVALID_INPUT')).fields,
    ).toHaveProperty('groupId');
    expect(
      (await refused(w, () => start({ learnerIds: [w.other.learners[0]] }), 'INVALID_INPUT')).fields,
    ).toHaveProperty('learnerIds');
    await refused(w, () => call(w, 'documents.preview', request(), w.tokens.trainer), 'FORBIDDEN');
  });
});
