import { expect } from 'vitest';
import type { Result } from '../../shared/api/result';
import { checksum, freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';
import {
  CULTURE_APPRECIATIONS,
  GENERAL_APPRECIATIONS,
  NEGOTIATION_APPRECIATIONS,
  S1_EVALUATIONS,
  S1_SESSIONS,
  S2_NEGOTIATION,
  S2_SESSION,
  type SubjectKey,
} from './documents-fixture-data';
import {
  account,
  addEvaluation,
  addLearner,
  appreciate,
  insert,
  rollCall,
  subjectIds,
} from './documents-fixture-rows';
import { makeCohort, makeGroup } from './planning-setup';

export * from './documents-fixture-data';
export { setMark } from './documents-fixture-rows';

/**
 * A world for issued documents, written with SQL so it stands on no other area's handlers: the
 * built-in BTS NDRC, a cohort "NDRC 2025-2027 Évry" with the group "NDRC 1A" of N learners
 * (accented names, an employer and a tutor each, a birth date for all but the last), the closed
 * "Semestre 1" and the open "Semestre 2", marks with ABS/ABJ/DISP/NN, subject and general
 * appreciations, closed attendance sheets with justified and unjustified absences and lates,
 * and an account of each role. Another cohort (BTS NRC) with its group and period is there to
 * be refused. The registry's clock says 2026-03-02 (in Semestre 2).
 *
 * Learner k (0-based, in alphabetical order) takes row k % 6 of each table of
 * documents-fixture-data.ts, so a batch
 * of 30 repeats the first six.
 */

const AT = '2026-01-05T08:00:00.000Z';
const CLOSED_AT = '2026-02-10T09:30:00.000Z';

export interface DocumentsWorld {
  b: TestBackend;
  tokens: { admin: string; manager: string; adviser: string; trainer: string };
  /** User ids: who issued what in the archive ("Anne Administratrice", "Compte adviser"…). */
  users: { admin: number; manager: number; adviser: number; trainer: number };
  programmeId: number;
  cohortId: number;
  groupId: number;
  /** The group's learners in alphabetical order (learner k is nameOf(k)). */
  learners: number[];
  subjects: Record<SubjectKey, number>;
  /** Semestre 1, 2025-09-01 → 2026-01-31, closed on 2026-02-10. */
  closedPeriod: number;
  /** Semestre 2, 2026-02-01 → 2026-08-31, open. */
  openPeriod: number;
  evaluations: Record<(typeof S1_EVALUATIONS)[number][0] | 'negotiationS2', number>;
  /** A BTS NRC cohort with its group "NRC Autre" of 2 learners and its "Semestre 1". */
  other: { cohortId: number; groupId: number; periodId: number; learners: number[] };
  /** A trainer record (Claire Dupont) linked to the trainer account, who teaches negotiation. */
  trainerId: number;
}

/** The documents world with a group of `size` learners (6 by default). */
export async function documentsWorld(size = 6): Promise<DocumentsWorld> {
  const b = await freshBackend();
  const admin = await setupAdmin(b.app);
  const { db } = b;
  const adminId = (db.prepare("SELECT id FROM users WHERE role = 'admin'").get() as { id: number }).id;
  const manager = account(b, 'manager', 'Mélanie Gérante');
  const adviser = account(b, 'adviser', 'Sébastien Conseiller');
  const trainer = account(b, 'trainer', 'Claire Dupont');
  const programme = (code: string) =>
    (db.prepare('SELECT id FROM programmes WHERE code = ?').get(code) as { id: number }).id;
  const programmeId = programme('BTS-NDRC');
  const cohortId = makeCohort(db, 'NDRC 2025-2027 Évry', programmeId);
  const groupId = insert(
    db,
    'INSERT INTO groups (cohort_id, name, created_at) VALUES (?, ?, ?)',
    cohortId,
    'NDRC 1A',
    AT,
  );
  const learners = Array.from({ length: size }, (_, k) => addLearner(db, cohortId, groupId, k));
  db.prepare('UPDATE learners SET birth_date = NULL WHERE id = ?').run(learners[size - 1]);
  const period = (cohort: number, position: number, name: string, start: string, end: string) =>
    insert(
      db,
      `INSERT INTO periods (cohort_id, kind, position, name, start_date, end_date) VALUES (?, 'semester', ?, ?, ?, ?)`,
      cohort,
      position,
      name,
      start,
      end,
    );
  const closedPeriod = period(cohortId, 1, 'Semestre 1', '2025-09-01', '2026-01-31');
  db.prepare('UPDATE periods SET closed_at = ?, closed_by = ? WHERE id = ?').run(
    CLOSED_AT,
    adminId,
    closedPeriod,
  );
  const openPeriod = period(cohortId, 2, 'Semestre 2', '2026-02-01', '2026-08-31');

  const otherCohort = makeCohort(db, 'NRC 2025-2027', programme('BTS-NRC'));
  const otherGroup = makeGroup(db, otherCohort, 'NRC Autre', 2);
  const other = {
    cohortId: otherCohort,
    groupId: otherGroup,
    periodId: period(otherCohort, 1, 'Semestre 1', '2025-09-01', '2026-01-31'),
    learners: (
      db
        .prepare('SELECT learner_id AS id FROM group_memberships WHERE group_id = ? ORDER BY learner_id')
        .all(otherGroup) as {
        id: number;
      }[]
    ).map((r) => r.id),
  };
  const subjects = subjectIds(db, programmeId);
  const trainerId = insert(
    db,
    `INSERT INTO trainers (surname, first_name, contract_type, user_id, created_at, updated_at)
     VALUES ('Dupont', 'Claire', 'employee', ?, ?, ?)`,
    trainer.id,
    AT,
    AT,
  );
  db.prepare('INSERT INTO teaching_assignments (group_id, subject_id, trainer_id) VALUES (?, ?, ?)').run(
    groupId,
    subjects.negotiation,
    trainerId,
  );

  const w: DocumentsWorld = {
    b,
    tokens: { admin, manager: manager.token, adviser: adviser.token, trainer: trainer.token },
    users: { admin: adminId, manager: manager.id, adviser: adviser.id, trainer: trainer.id },
    programmeId,
    cohortId,
    groupId,
    learners,
    subjects,
    closedPeriod,
    openPeriod,
    evaluations: {} as DocumentsWorld['evaluations'],
    other,
    trainerId,
  };
  for (const [key, subject, coefficient, scale, date, title, cells] of S1_EVALUATIONS) {
    w.evaluations[key] = addEvaluation(
      w,
      { subjectId: subjects[subject], periodId: closedPeriod, coefficient, scale, date, title },
      learners,
      cells,
    );
  }
  w.evaluations.negotiationS2 = addEvaluation(
    w,
    {
      subjectId: subjects.negotiation,
      periodId: openPeriod,
      coefficient: 1,
      scale: 20,
      date: '2026-02-16',
      title: 'Prospection',
    },
    learners,
    S2_NEGOTIATION,
  );
  learners.forEach((learner, k) => {
    appreciate(w, learner, subjects.culture, CULTURE_APPRECIATIONS[k % 6]!);
    appreciate(w, learner, subjects.negotiation, NEGOTIATION_APPRECIATIONS[k % 6]!);
    appreciate(w, learner, null, GENERAL_APPRECIATIONS[k % 6]!);
  });
  for (const [date, slot, subject, lines] of S1_SESSIONS) rollCall(w, date, slot, subject, lines);
  rollCall(w, S2_SESSION[0], S2_SESSION[1], S2_SESSION[2], [
    { presence: 'absent', justification: 'unjustified' },
  ]);
  return w;
}

/** Calls a method as `token` (the administrator by default) and returns its result. */
export async function call<T = unknown>(
  w: DocumentsWorld,
  method: string,
  input: unknown,
  token = w.tokens.admin,
) {
  const { result } = await w.b.app.call(method, input, { sessionToken: token });
  return result as Result<T>;
}

/** Calls a method and returns its value, failing the test with the refusal otherwise. */
export async function value<T = unknown>(
  w: DocumentsWorld,
  method: string,
  input: unknown,
  token = w.tokens.admin,
) {
  const result = await call<T>(w, method, input, token);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Expects a refusal with `code` that wrote nothing, and returns its error. */
export async function refused(w: DocumentsWorld, run: () => Promise<Result<unknown>>, code: string) {
  const before = checksum(w.b.db);
  const result = await run();
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  expect(result.error.code).toBe(code);
  expect(checksum(w.b.db)).toBe(before);
  return result.error;
}
