import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../shared/api/marks';
import { appreciationsFr } from '../../shared/i18n/fr/appreciations';
import { errorsFr } from '../../shared/i18n/fr/errors';
import { marksFr } from '../../shared/i18n/fr/marks';
import { createSession } from '../../electron/backend/features/auth/sessions';
import { insertUser } from '../../electron/backend/features/users/repository';
import { checksum } from '../helpers/backend';
import { learnersOf } from './attendance-setup';
import {
  createEvaluation,
  evaluationInput,
  marksWorld,
  refusedUnchanged,
  type MarksWorld,
} from './marks-setup';
import { call, value } from './planning-setup';

/**
 * The finer rule behind role-matrix.test.ts's FINER_RULES for marks and appreciations: the
 * contract lets trainers write evaluations, marks and appreciations, and the handlers narrow it
 * to the groups × subjects they teach (marks/teaching.ts). Each write is refused, naming the
 * group and the subject, to Claire Dupont on G2 (a group she does not teach), to Marc Leroy on
 * negotiation of G1 (he teaches G1 English, not negotiation) and to a trainer account without a
 * trainer record; nothing is written. Claire goes through on G1, a manager anywhere. Her reads
 * of averages and appreciations stop at the groups she teaches too.
 */

const NEGOTIATION = 'Relation client et négociation-vente';

let w: MarksWorld;
let unlinkedTrainer: string;
/** Per group: an evaluation to write marks on and one to delete, and its learners. */
const on = {} as Record<'g1' | 'g2', { evaluation: Evaluation; spare: Evaluation; learners: number[] }>;

beforeAll(async () => {
  w = await marksWorld();
  const user = insertUser(
    w.b.db,
    {
      login: 'sans.fiche',
      displayName: 'Sans Fiche',
      role: 'trainer',
      passwordHash: 'x',
      mustChangePassword: false,
    },
    w.b.clock.now,
  );
  unlinkedTrainer = createSession(w.b.db, user.id, w.b.clock.now);
  await value(
    w,
    'teaching.set',
    { groupId: w.g1, subjectId: w.subjects.english, trainerIds: [w.leroy] },
    w.manager,
  );
  for (const [name, groupId] of [
    ['g1', w.g1],
    ['g2', w.g2],
  ] as const) {
    on[name] = {
      evaluation: await createEvaluation(w, { groupId }),
      spare: await createEvaluation(w, { groupId, title: 'À supprimer' }),
      learners: learnersOf(w, groupId),
    };
  }
});
afterAll(() => w.b.close());

type Target = (typeof on)['g1'] & { groupId: number };
const target = (group: 'g1' | 'g2'): Target => ({ ...on[group], groupId: group === 'g1' ? w.g1 : w.g2 });

/** Each trainer write on a group's negotiation sheet of Semestre 2, with the smallest useful input. */
const WRITES: [string, (t: Target) => Record<string, unknown>][] = [
  ['evaluations.create', (t) => evaluationInput(w, { groupId: t.groupId, title: 'Devoir 2' })],
  [
    'evaluations.update',
    (t) => ({
      id: t.evaluation.id,
      periodId: w.s2.id,
      title: 'Devoir 1 bis',
      date: '2026-03-11',
      kind: 'homework',
      coefficient: 2,
    }),
  ],
  ['evaluations.delete', (t) => ({ id: t.spare.id })],
  ['marks.save', (t) => ({ evaluationId: t.evaluation.id, learnerId: t.learners[0], text: '12' })],
  [
    'marks.saveMany',
    (t) => ({
      source: 'paste',
      changes: t.learners
        .slice(1, 3)
        .map((learnerId) => ({ evaluationId: t.evaluation.id, learnerId, text: '11' })),
    }),
  ],
  [
    'appreciations.save',
    (t) => ({
      learnerId: t.learners[0],
      periodId: w.s2.id,
      subjectId: w.subjects.negotiation,
      text: 'Bon travail.',
    }),
  ],
];

describe('a trainer writes evaluations, marks and appreciations only for what they teach', () => {
  it.each(WRITES)(
    '%s is refused on a group or a subject they do not teach, and to a trainer without a record',
    async (method, input) => {
      const marks = method !== 'appreciations.save';
      const otherGroup = await refusedUnchanged(
        w,
        () => call(w, method, input(target('g2')), w.trainer),
        'FORBIDDEN',
      );
      expect(otherGroup.message).toBe(
        marks
          ? marksFr.notTeaching('G2', NEGOTIATION)
          : appreciationsFr.notTeachingSubject(NEGOTIATION, 'G2'),
      );
      const otherSubject = await refusedUnchanged(
        w,
        () => call(w, method, input(target('g1')), w.otherTrainer),
        'FORBIDDEN',
      );
      expect(otherSubject.message).toBe(
        marks
          ? marksFr.notTeaching('G1', NEGOTIATION)
          : appreciationsFr.notTeachingSubject(NEGOTIATION, 'G1'),
      );
      const unlinked = await refusedUnchanged(
        w,
        () => call(w, method, input(target('g1')), unlinkedTrainer),
        'FORBIDDEN',
      );
      expect(unlinked.message).toBe(
        marks ? marksFr.noTrainerRecord : appreciationsFr.notTeachingSubject(NEGOTIATION, 'G1'),
      );
    },
  );

  it('lets the subject’s trainer make each write on their group, and a manager on any group', async () => {
    for (const [method, input] of WRITES) {
      const mine = await call(w, method, input(target('g1')), w.trainer);
      expect(mine.ok, `${method}: ${JSON.stringify(mine)}`).toBe(true);
      const managed = await call(w, method, input(target('g2')), w.manager);
      expect(managed.ok, `${method} by a manager: ${JSON.stringify(managed)}`).toBe(true);
    }
  });

  it('keeps the general appreciation to managers, even for the group’s own trainer', async () => {
    const general = {
      learnerId: on.g1.learners[0],
      periodId: w.s2.id,
      subjectId: null,
      text: 'Semestre sérieux.',
    };
    const refusal = await refusedUnchanged(
      w,
      () => call(w, 'appreciations.save', general, w.trainer),
      'FORBIDDEN',
    );
    expect(refusal.message).toBe(appreciationsFr.generalManagersOnly);
    expect((await call(w, 'appreciations.save', general, w.manager)).ok).toBe(true);
  });

  it('narrows a trainer’s reads of averages and appreciations to the groups they teach', async () => {
    const reads: [string, (group: 'g1' | 'g2') => Record<string, unknown>][] = [
      ['averages.group', (g) => ({ groupId: target(g).groupId, periodId: w.s2.id })],
      ['averages.learner', (g) => ({ learnerId: on[g].learners[0], periodId: w.s2.id })],
      ['appreciations.list', (g) => ({ groupId: target(g).groupId, periodId: w.s2.id })],
      ['appreciations.history', (g) => ({ learnerId: on[g].learners[0], periodId: w.s2.id })],
    ];
    for (const [method, input] of reads) {
      const refusal = await refusedUnchanged(w, () => call(w, method, input('g2'), w.trainer), 'FORBIDDEN');
      expect(refusal.message, method).toMatch(/G2/);
      const mine = await call(w, method, input('g1'), w.trainer);
      expect(mine.ok, `${method}: ${JSON.stringify(mine)}`).toBe(true);
    }
  });

  it('keeps advisers to reading: the contract refuses them every write', async () => {
    for (const [method, input] of WRITES) {
      const before = checksum(w.b.db);
      const result = await call(w, method, input(target('g1')), w.adviser);
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: errorsFr.forbidden } });
      expect(checksum(w.b.db)).toBe(before);
    }
  });
});
