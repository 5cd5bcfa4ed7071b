import { addDays } from '../../shared/domain/calendar/dates';
import { SEED_TODAY } from '../seed/centre';
import { learnerInput } from '../seed/people';
import { Prng } from '../seed/prng';
import { currentGroup, type Call } from './lookups';

/** The size the issue sets its marks goals for: the seeded groups hold 25 learners. */
export const FULL = { learners: 30, evaluations: 40 } as const;

/**
 * - subjects: the 40 evaluations shared among the programme's subjects, as averages meet them;
 * - sheet: all 40 in one subject, so that one mark sheet is 30 × 40.
 */
export type FullLayout = 'subjects' | 'sheet';

export interface FullGroup {
  groupId: number;
  periodId: number;
  /** The subject of the 30 × 40 sheet (layout "sheet"), else the first subject. */
  subjectId: number;
  /** The subjects holding evaluations, in programme order. */
  subjectIds: number[];
  learnerIds: number[];
  evaluationIds: number[];
}

const NAMES: Record<FullLayout, string> = {
  subjects: 'Banc d’essai 30 × 40 (matières)',
  sheet: 'Banc d’essai 30 × 40 (une feuille)',
};

/** "13,5", "ABS" now and then: a filled cell, the same for the same learner and evaluation. */
export const fixtureMark = (learner: number, evaluation: number) =>
  (learner * 7 + evaluation * 3) % 37 === 0
    ? 'ABS'
    : String(((learner * 7 + evaluation * 11) % 37) / 2 + 2).replace('.', ',');

/**
 * A group of 30 in the current intake with 40 evaluations of the semester under way, every cell
 * filled, written through `call` (the registry or HTTP) on the working copy. Found again by its
 * name when a figure already wrote it, so the figures of a run share it.
 */
export async function fullGroup(call: Call, layout: FullLayout): Promise<FullGroup> {
  const { cohort } = await currentGroup(call);
  const periods = await call('periods.list', { cohortId: cohort.id });
  const period = periods.find((p) => p.startDate <= SEED_TODAY && SEED_TODAY <= p.endDate);
  if (!period) throw new Error(`aucun semestre en cours dans ${cohort.name}`);
  const programme = await call('programmes.get', { id: cohort.programmeId });
  const subjects = programme.subjects.map((s) => s.id);
  const subjectIds = layout === 'sheet' ? [subjects[3] ?? subjects[0]!] : subjects;

  const existing = (await call('groups.list', { cohortId: cohort.id })).find((g) => g.name === NAMES[layout]);
  if (existing) {
    const learners = await call('learners.list', { groupId: existing.id });
    const evaluations = await call('evaluations.list', { groupId: existing.id, periodId: period.id });
    return {
      groupId: existing.id,
      periodId: period.id,
      subjectId: subjectIds[0]!,
      subjectIds,
      learnerIds: learners.map((l) => l.id),
      evaluationIds: evaluations.map((e) => e.id),
    };
  }

  const group = await call('groups.create', { cohortId: cohort.id, name: NAMES[layout] });
  const rng = new Prng(30 * 40);
  const learnerIds: number[] = [];
  for (let i = 0; i < FULL.learners; i++) {
    const input = learnerInput(rng, {
      cohortId: cohort.id,
      groupId: group.id,
      start: cohort.startDate,
      end: cohort.endDate,
      year: Number(cohort.startDate.slice(0, 4)),
    });
    learnerIds.push((await call('learners.create', input)).id);
  }
  const evaluationIds: number[] = [];
  const changes: { evaluationId: number; learnerId: number; text: string }[][] = subjectIds.map(() => []);
  for (let k = 0; k < FULL.evaluations; k++) {
    const s = k % subjectIds.length;
    const evaluation = await call('evaluations.create', {
      groupId: group.id,
      subjectId: subjectIds[s]!,
      periodId: period.id,
      title: `Évaluation n° ${k + 1}`,
      // Every other day from the start of the semester, never after its end.
      date: [addDays(period.startDate, 2 * k), period.endDate].sort()[0]!,
      kind: k % 5 === 4 ? 'oral' : 'homework',
      coefficient: 1 + (k % 3),
    });
    evaluationIds.push(evaluation.id);
    learnerIds.forEach((learnerId, i) =>
      changes[s]!.push({ evaluationId: evaluation.id, learnerId, text: fixtureMark(i, k) }),
    );
  }
  // One paste per sheet: 1200 cells at most, under the contract's 2000.
  for (const sheet of changes) await call('marks.saveMany', { changes: sheet, source: 'paste' });
  return {
    groupId: group.id,
    periodId: period.id,
    subjectId: subjectIds[0]!,
    subjectIds,
    learnerIds,
    evaluationIds,
  };
}
