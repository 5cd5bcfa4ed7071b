import type { Input } from '../../shared/api/index';
import type { Backend } from '../lib/registry';
import type { PlannedEvaluation } from './evaluation-plan';
import type { Prng } from './prng';
import type { Profile, Profiles } from './profiles';

/** A learner's subject averages of the period as the seed worked them out (out of 20), for the appreciations. */
export type Results = Map<number, Map<number, number>>;

export interface MarksTally {
  evaluations: number;
  marks: number;
  codes: number;
}

type Change = Input<'marks.saveMany'>['changes'][number];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** "12,5" as a French teacher types it; "14" without decimals. */
const typed = (mark: number) => String(mark).replace('.', ',');

interface Cell {
  text: string;
  /** Out of 20 as averages count it (ABS as 0, the centre's setting), or null when neutral. */
  counted: number | null;
}

/**
 * One learner's cell: ABS and ABJ more often for those who miss more half-days, an occasional
 * DISP (exempted from that test), NN only on the latest evaluations of a period still under way;
 * otherwise a mark around their level, in half points (quarter points out of 10).
 */
function cell(
  rng: Prng,
  profile: Profile,
  subjectId: number,
  evaluation: { scale: number; difficulty: number; recent: boolean },
): Cell {
  const roll = rng.next();
  if (evaluation.recent && roll < 0.12) return { text: 'NN', counted: null };
  const abs = profile.absence * 0.7;
  const abj = abs + profile.absence * 0.5;
  if (roll < abs) return { text: 'ABS', counted: 0 };
  if (roll < abj) return { text: 'ABJ', counted: null };
  if (roll < abj + 0.004) return { text: 'DISP', counted: null };
  const raw = clamp(
    profile.level + profile.affinity(subjectId) + evaluation.difficulty + rng.gaussian(0, 2.2),
    0,
    20,
  );
  const step = evaluation.scale === 20 ? 0.5 : 0.25;
  const mark = clamp(Math.round((raw * evaluation.scale) / 20 / step) * step, 0, evaluation.scale);
  return { text: typed(mark), counted: (mark * 20) / evaluation.scale };
}

/**
 * A group's evaluations of a period created one by one, then each subject's marks pasted into
 * its sheet in one call (marks.saveMany, all or nothing), as a trainer pastes a column block
 * from a spreadsheet. Evaluations dated from `recentFrom` on may hold NN cells.
 */
export async function writeMarks(
  b: Backend,
  rng: Prng,
  profiles: Profiles,
  target: {
    groupId: number;
    periodId: number;
    learners: readonly number[];
    evaluations: readonly PlannedEvaluation[];
    recentFrom: string | null;
  },
): Promise<{ tally: MarksTally; results: Results }> {
  const tally: MarksTally = { evaluations: 0, marks: 0, codes: 0 };
  const bySubject = new Map<number, Change[]>();
  const sums = new Map<string, { total: number; weight: number }>();
  for (const planned of target.evaluations) {
    const { subjectId, ...fields } = planned;
    const evaluation = await b.call('evaluations.create', {
      ...fields,
      groupId: target.groupId,
      subjectId,
      periodId: target.periodId,
    });
    tally.evaluations++;
    const shape = {
      scale: evaluation.scale,
      difficulty: rng.gaussian(0, 1.3),
      recent: target.recentFrom !== null && planned.date >= target.recentFrom,
    };
    const changes = bySubject.get(subjectId) ?? [];
    bySubject.set(subjectId, changes);
    for (const learnerId of target.learners) {
      const { text, counted } = cell(rng, profiles.of(learnerId), subjectId, shape);
      changes.push({ evaluationId: evaluation.id, learnerId, text });
      if (/^[A-Z]/.test(text)) tally.codes++;
      else tally.marks++;
      if (counted === null) continue;
      const key = `${learnerId}:${subjectId}`;
      const sum = sums.get(key) ?? { total: 0, weight: 0 };
      sums.set(key, {
        total: sum.total + counted * evaluation.coefficient,
        weight: sum.weight + evaluation.coefficient,
      });
    }
  }
  for (const changes of bySubject.values()) await b.call('marks.saveMany', { changes, source: 'paste' });

  const results: Results = new Map();
  for (const [key, { total, weight }] of sums) {
    const [learnerId, subjectId] = key.split(':').map(Number) as [number, number];
    const mine = results.get(learnerId) ?? new Map<number, number>();
    mine.set(subjectId, total / weight);
    results.set(learnerId, mine);
  }
  return { tally, results };
}
