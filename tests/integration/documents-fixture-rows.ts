import type { Db } from '../../electron/backend/db/open';
import { createSession } from '../../electron/backend/features/auth/sessions';
import { insertUser } from '../../electron/backend/features/users/repository';
import type { MarkCode } from '../../shared/domain/marks/mark-input';
import type { TestBackend } from '../helpers/backend';
import {
  EMPLOYERS,
  TUTORS,
  UNIT_OF,
  nameOf,
  type Cell,
  type Line,
  type SubjectKey,
} from './documents-fixture-data';
import type { DocumentsWorld } from './documents-setup';

/** The rows of the documents world (documents-setup.ts), each written as its screen would. */

const AT = '2026-01-05T08:00:00.000Z';

export function insert(db: Db, sql: string, ...params: unknown[]): number {
  return Number(db.prepare(sql).run(...params).lastInsertRowid);
}

export function account(b: TestBackend, role: 'manager' | 'adviser' | 'trainer', displayName: string) {
  const user = insertUser(
    b.db,
    { login: `${role}.documents`, displayName, role, passwordHash: 'x', mustChangePassword: false },
    b.clock.now,
  );
  return { id: user.id, token: createSession(b.db, user.id, b.clock.now) };
}

export function subjectIds(db: Db, programmeId: number): Record<SubjectKey, number> {
  const byUnit = (code: string) =>
    (
      db
        .prepare('SELECT id FROM programme_subjects WHERE programme_id = ? AND unit_code = ?')
        .get(programmeId, code) as {
        id: number;
      }
    ).id;
  const project = (
    db
      .prepare('SELECT id FROM programme_subjects WHERE programme_id = ? AND unit_code IS NULL')
      .get(programmeId) as {
      id: number;
    }
  ).id;
  const out = { project } as Record<SubjectKey, number>;
  for (const [key, code] of Object.entries(UNIT_OF)) out[key as SubjectKey] = byUnit(code);
  return out;
}

export function addLearner(db: Db, cohortId: number, groupId: number, k: number): number {
  const [surname, firstName] = nameOf(k);
  const r = k % 6;
  const learner = insert(
    db,
    `INSERT INTO learners (cohort_id, surname, first_name, birth_date, access_route, employer_name, employer_address,
       employer_siret, tutor_name, tutor_email, contract_start, contract_end, entry_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'apprenticeship', ?, ?, '73282932000074', ?, ?, '2025-09-01', '2027-08-31', '2025-09-01', ?, ?)`,
    cohortId,
    surname,
    firstName,
    `${2003 + (k % 4)}-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 27) + 1).padStart(2, '0')}`,
    EMPLOYERS[r],
    `${12 + r} rue de l’Église, 91000 Évry-Courcouronnes`,
    TUTORS[r],
    `tuteur${r}@exemple.fr`,
    AT,
    AT,
  );
  insert(
    db,
    'INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, ?)',
    learner,
    groupId,
    '2025-09-01',
  );
  return learner;
}

export function addEvaluation(
  w: Pick<DocumentsWorld, 'b' | 'groupId' | 'users'>,
  fields: {
    subjectId: number;
    periodId: number;
    coefficient: number;
    scale: number;
    date: string;
    title: string;
  },
  learners: readonly number[],
  cells: readonly Cell[],
): number {
  const evaluation = insert(
    w.b.db,
    `INSERT INTO evaluations (group_id, subject_id, period_id, title, date, kind, coefficient, scale, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'homework', ?, ?, ?, ?, ?)`,
    w.groupId,
    fields.subjectId,
    fields.periodId,
    fields.title,
    fields.date,
    fields.coefficient,
    fields.scale,
    w.users.admin,
    AT,
    AT,
  );
  learners.forEach((learner, k) => {
    const cell = cells[k % 6];
    if (cell !== undefined) setMark(w, evaluation, learner, cell);
  });
  return evaluation;
}

/** Sets (or changes) one mark, as the mark sheet would store it. */
export function setMark(
  w: Pick<DocumentsWorld, 'b' | 'users'>,
  evaluationId: number,
  learnerId: number,
  cell: number | MarkCode,
) {
  w.b.db
    .prepare(
      `INSERT INTO marks (evaluation_id, learner_id, mark, code, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (evaluation_id, learner_id) DO UPDATE SET mark = excluded.mark, code = excluded.code`,
    )
    .run(
      evaluationId,
      learnerId,
      typeof cell === 'number' ? cell : null,
      typeof cell === 'number' ? null : cell,
      w.users.admin,
      AT,
    );
}

export function appreciate(
  w: DocumentsWorld,
  learnerId: number,
  subjectId: number | null,
  text: string | null,
) {
  if (text === null) return;
  insert(
    w.b.db,
    'INSERT INTO appreciations (learner_id, period_id, subject_id, text, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    learnerId,
    w.closedPeriod,
    subjectId,
    text,
    w.users.admin,
    AT,
  );
}

export function rollCall(
  w: DocumentsWorld,
  date: string,
  slot: string,
  subject: SubjectKey,
  lines: readonly Line[],
) {
  const { db } = w.b;
  const session = insert(
    db,
    `INSERT INTO planned_sessions (group_id, subject_id, trainer_id, date, slot, modality, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'onsite', ?, ?)`,
    w.groupId,
    w.subjects[subject],
    w.trainerId,
    date,
    slot,
    AT,
    AT,
  );
  insert(
    db,
    `INSERT INTO attendance_sheets (session_id, status, mode, closed_by, closed_at, created_at, updated_at)
     VALUES (?, 'closed', 'screen', ?, ?, ?, ?)`,
    session,
    w.users.admin,
    `${date}T12:05:00.000Z`,
    AT,
    AT,
  );
  w.learners.forEach((learner, k) => {
    const line = lines[k % 6] ?? {};
    insert(
      db,
      `INSERT INTO attendance_lines (session_id, learner_id, presence, late_minutes, justification, excuse_reason,
         recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      session,
      learner,
      line.presence ?? 'present',
      line.late ?? 0,
      line.justification ?? null,
      line.justification === 'justified' ? 'illness' : null,
      w.users.admin,
      `${date}T09:00:00.000Z`,
    );
  });
}
