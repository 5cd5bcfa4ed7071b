import { expect } from 'vitest';
import type { Evaluation, MarkSheet, Period } from '../../shared/api/marks';
import type { Result } from '../../shared/api/result';
import { checksum } from '../helpers/backend';
import { attendanceWorld, type AttendanceWorld } from './attendance-setup';
import { call, value } from './planning-setup';

/**
 * A marks world on top of the attendance world (tests/integration/attendance-setup.ts): the
 * cohort NDRC 2025-2027 split into semesters (S1 2025-09-01 → 2026-03-01, S2 2026-03-02 →
 * 2026-08-31, then S3 and S4 in the second year). Claire Dupont (signed in as `trainer`) teaches
 * negotiation to G1 through the planning (a session on 3 March 2026); Marc Leroy (`otherTrainer`)
 * teaches nothing yet.
 */
export interface MarksWorld extends AttendanceWorld {
  periods: Period[];
  s1: Period;
  s2: Period;
}

export async function marksWorld(): Promise<MarksWorld> {
  const w = await attendanceWorld();
  const periods = await value<Period[]>(w, 'periods.generate', { cohortId: w.cohortId, kind: 'semester' });
  return { ...w, periods, s1: periods[0]!, s2: periods[1]! };
}

/** A homework of G1 in negotiation on 10 March 2026 (S2), coefficient 1, /20 unless told. */
export function evaluationInput(w: MarksWorld, overrides: Record<string, unknown> = {}) {
  return {
    groupId: w.g1,
    subjectId: w.subjects.negotiation,
    periodId: w.s2.id,
    title: 'Devoir 1',
    date: '2026-03-10',
    kind: 'homework',
    coefficient: 1,
    ...overrides,
  };
}

export const createEvaluation = (w: MarksWorld, overrides: Record<string, unknown> = {}, token = w.admin) =>
  value<Evaluation>(w, 'evaluations.create', evaluationInput(w, overrides), token);

export interface Saved {
  cell: { evaluationId: number; learnerId: number; text: string; entry: { kind: string } };
  changed: boolean;
  evaluationStatistics: {
    evaluationId: number;
    average: number | null;
    min: number | null;
    max: number | null;
    count: number;
  };
  learnerAverage: {
    learnerId: number;
    period: { value: number | null; provisional: boolean; pending: number };
    year: { value: number | null; provisional: boolean };
  };
}

export const save = (
  w: MarksWorld,
  evaluationId: number,
  learnerId: number,
  text: string,
  token = w.trainer,
) => call<Saved>(w, 'marks.save', { evaluationId, learnerId, text }, token);

export async function saved(
  w: MarksWorld,
  evaluationId: number,
  learnerId: number,
  text: string,
  token = w.trainer,
) {
  const result = await save(w, evaluationId, learnerId, text, token);
  if (!result.ok) throw new Error(`marks.save: ${JSON.stringify(result.error)} ${String(w.b.errors.at(-1))}`);
  return result.value;
}

export const sheet = (w: MarksWorld, token = w.admin, groupId = w.g1, periodId = w.s2.id) =>
  value<MarkSheet>(w, 'markSheet.get', { groupId, subjectId: w.subjects.negotiation, periodId }, token);

export function markCount(w: MarksWorld): number {
  return (w.b.db.prepare('SELECT count(*) AS n FROM marks').get() as { n: number }).n;
}

/** Expects a refusal with `code`, whose message matches, that wrote nothing; returns the error. */
export async function refusedUnchanged(
  w: MarksWorld,
  run: () => Promise<Result<unknown>>,
  code: string,
  message?: RegExp,
) {
  const before = checksum(w.b.db);
  const result = await run();
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value).slice(0, 300)}`);
  expect(result.error.code).toBe(code);
  if (message) expect(result.error.message).toMatch(message);
  expect(checksum(w.b.db)).toBe(before);
  return result.error;
}

/** Moves a learner from their group to `groupId` on `date`, as cohorts/membership.ts records it. */
export function moveLearner(w: MarksWorld, learnerId: number, groupId: number, date: string): void {
  const db = w.b.db;
  db.prepare('UPDATE group_memberships SET end_date = ? WHERE learner_id = ? AND end_date IS NULL').run(
    date,
    learnerId,
  );
  db.prepare('INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, ?)').run(
    learnerId,
    groupId,
    date,
  );
}
