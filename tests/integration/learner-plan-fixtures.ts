import type { LearnerPlan } from '../../shared/api/learner-plan';
import { call, planningWorld, value, type PlanningWorld } from './planning-setup';
import { insertSession } from './rhythm-fixtures';

/**
 * The planning world (cohort 1 September 2025 → 30 June 2027, groups G1 and G2 of 12 apprentices)
 * with one learner of G1 to plan: "G1-01 Alex".
 */
export interface LearnerWorld extends PlanningWorld {
  learnerId: number;
}

export async function learnerWorld(): Promise<LearnerWorld> {
  const w = await planningWorld();
  const { id } = w.b.db.prepare("SELECT id FROM learners WHERE surname = 'G1-01'").get() as { id: number };
  return { ...w, learnerId: id };
}

export const getPlan = (w: LearnerWorld, token = w.admin) =>
  value<LearnerPlan>(w, 'learnerPlan.get', { learnerId: w.learnerId }, token);

export const setDays = (w: LearnerWorld, days: { date: string; place: string }[], token = w.admin) =>
  call<LearnerPlan>(w, 'learnerPlan.setDays', { learnerId: w.learnerId, days }, token);

export const saveInternships = (
  w: LearnerWorld,
  periods: { start: string; end: string; note?: string | null }[],
  reducedWeeks: number | null = null,
  token = w.admin,
) =>
  call<LearnerPlan>(
    w,
    'learnerPlan.saveInternships',
    { learnerId: w.learnerId, periods, reducedWeeks },
    token,
  );

/** Morning and afternoon sessions (3 h 45 each) of a group on each date, written with SQL. */
export function fullDays(
  w: PlanningWorld,
  groupId: number,
  dates: string[],
  modality: 'onsite' | 'distance' | 'work' = 'onsite',
): void {
  for (const date of dates) {
    insertSession(w.b, groupId, date, modality, 'morning');
    insertSession(w.b, groupId, date, modality, 'afternoon');
  }
}

export function setLearner(w: LearnerWorld, fields: Record<string, string | null>): void {
  for (const [column, v] of Object.entries(fields)) {
    w.b.db.prepare(`UPDATE learners SET ${column} = ? WHERE id = ?`).run(v, w.learnerId);
  }
}

/** No-break spaces (French number and hour formats) as plain spaces, to compare messages. */
export const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;
