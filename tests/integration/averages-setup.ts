import type { Db } from '../../electron/backend/db/open';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/api/settings';
import type { MarkCode } from '../../shared/domain/marks/mark-input';
import { userWithRole } from '../helpers/backend';
import { members } from './absences-setup';
import { planningWorld, value, type PlanningWorld } from './planning-setup';

/**
 * Marks written with SQL on top of the planning world, so averages and appreciations are tested
 * on their own: the cohort's four semesters (S1, S2 in year 1; S3, S4 in year 2), evaluations
 * and marks, trainers' accounts linked to their records, the teaching set on the group.
 */

const AT = '2026-01-05T08:00:00.000Z';

export interface MarksWorld extends PlanningWorld {
  adminId: number;
  /** Semesters of the cohort: S1 2025-09-01 → 2026-01-31 … S4 2027-02-01 → 2027-06-30. */
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  /** G1's learners, alphabetically (G1-01 … G1-12). */
  g1Learners: number[];
  g2Learners: number[];
}

function insert(db: Db, sql: string, ...params: unknown[]): number {
  return Number(db.prepare(sql).run(...params).lastInsertRowid);
}

export function addPeriod(
  w: { b: { db: Db } },
  cohortId: number,
  position: number,
  startDate: string,
  endDate: string,
  name = `Semestre ${position}`,
): number {
  return insert(
    w.b.db,
    `INSERT INTO periods (cohort_id, kind, position, name, start_date, end_date) VALUES (?, 'semester', ?, ?, ?, ?)`,
    cohortId,
    position,
    name,
    startDate,
    endDate,
  );
}

export async function marksWorld(): Promise<MarksWorld> {
  const w = await planningWorld();
  const { db } = w.b;
  const adminId = (db.prepare('SELECT id FROM users ORDER BY id LIMIT 1').get() as { id: number }).id;
  return {
    ...w,
    adminId,
    s1: addPeriod(w, w.cohortId, 1, '2025-09-01', '2026-01-31'),
    s2: addPeriod(w, w.cohortId, 2, '2026-02-01', '2026-08-31'),
    s3: addPeriod(w, w.cohortId, 3, '2026-09-01', '2027-01-31'),
    s4: addPeriod(w, w.cohortId, 4, '2027-02-01', '2027-06-30'),
    g1Learners: members(db, w.g1),
    g2Learners: members(db, w.g2),
  };
}

export interface EvaluationFields {
  groupId: number;
  subjectId: number;
  periodId: number;
  coefficient?: number;
  scale?: number;
  date?: string;
  title?: string;
}

export function addEvaluation(w: MarksWorld, fields: EvaluationFields): number {
  return insert(
    w.b.db,
    `INSERT INTO evaluations (group_id, subject_id, period_id, title, date, kind, coefficient, scale,
       created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'homework', ?, ?, ?, ?, ?)`,
    fields.groupId,
    fields.subjectId,
    fields.periodId,
    fields.title ?? 'Devoir',
    fields.date ?? '2025-10-06',
    fields.coefficient ?? 1,
    fields.scale ?? 20,
    w.adminId,
    AT,
    AT,
  );
}

/** A cell: a mark (on the evaluation's scale) or a code. */
export function setMark(
  w: MarksWorld,
  evaluationId: number,
  learnerId: number,
  value: number | MarkCode,
): void {
  w.b.db
    .prepare(
      `INSERT INTO marks (evaluation_id, learner_id, mark, code, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (evaluation_id, learner_id) DO UPDATE SET mark = excluded.mark, code = excluded.code`,
    )
    .run(
      evaluationId,
      learnerId,
      typeof value === 'number' ? value : null,
      typeof value === 'number' ? null : value,
      w.adminId,
      AT,
    );
}

/** An evaluation with one mark per learner given (in order); undefined leaves the cell empty. */
export function evaluationWithMarks(
  w: MarksWorld,
  fields: EvaluationFields,
  learners: readonly number[],
  values: readonly (number | MarkCode | undefined)[],
): number {
  const id = addEvaluation(w, fields);
  learners.forEach((learner, i) => {
    const v = values[i];
    if (v !== undefined) setMark(w, id, learner, v);
  });
  return id;
}

/** A trainer's account linked to the trainer record, teaching what `assignments` says. */
export async function trainerAccount(
  w: MarksWorld,
  trainerId: number,
  login: string,
  assignments: { groupId: number; subjectId: number }[] = [],
): Promise<string> {
  const token = await userWithRole(w.b.app, w.admin, 'trainer', login);
  const { db } = w.b;
  db.prepare('UPDATE trainers SET user_id = (SELECT id FROM users WHERE login = ?) WHERE id = ?').run(
    login,
    trainerId,
  );
  for (const a of assignments) assign(w, a.groupId, a.subjectId, trainerId);
  return token;
}

export function assign(w: MarksWorld, groupId: number, subjectId: number, trainerId: number): void {
  w.b.db
    .prepare('INSERT INTO teaching_assignments (group_id, subject_id, trainer_id) VALUES (?, ?, ?)')
    .run(groupId, subjectId, trainerId);
}

export function closePeriod(w: MarksWorld, periodId: number, at = '2026-02-10T09:30:00.000Z'): void {
  w.b.db.prepare('UPDATE periods SET closed_at = ?, closed_by = ? WHERE id = ?').run(at, w.adminId, periodId);
}

export function setCohortCoefficient(w: MarksWorld, subjectId: number, coefficient: number): void {
  w.b.db
    .prepare('INSERT INTO cohort_subject_coefficients (cohort_id, subject_id, coefficient) VALUES (?, ?, ?)')
    .run(w.cohortId, subjectId, coefficient);
}

/** Changes some of the marks settings through the API, as an administrator would. */
export async function marksSettings(w: MarksWorld, changes: Partial<Settings['marks']>): Promise<void> {
  const current = await value<Settings>(w, 'settings.get', {});
  await value(w, 'settings.update', { marks: { ...DEFAULT_SETTINGS.marks, ...current.marks, ...changes } });
}
