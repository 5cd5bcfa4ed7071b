import type { Migration } from '../migration';

/**
 * Marks: a cohort's periods (semesters or trimesters, closed by a manager), who teaches what to
 * which group, evaluations and their marks with a history of every change, subject coefficients
 * per cohort, appreciations (per subject, and the team's general one when subject_id is NULL)
 * with their history, each user's bank of phrases, and the BTS exam simulator's inputs (unit
 * marks typed for a learner, the actual results of a past session).
 */
export const migration006: Migration = {
  version: 6,
  name: 'marks: periods, evaluations, marks, appreciations, exam simulator',
  up(db) {
    db.exec(`
      CREATE TABLE periods (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('semester', 'trimester')),
        position INTEGER NOT NULL CHECK (position >= 1),
        name TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        closed_at TEXT,
        closed_by INTEGER REFERENCES users (id) ON DELETE RESTRICT,
        CHECK (end_date >= start_date),
        CHECK ((closed_at IS NULL) = (closed_by IS NULL)),
        UNIQUE (cohort_id, position)
      ) STRICT;

      CREATE TABLE period_reopenings (
        id INTEGER PRIMARY KEY,
        period_id INTEGER NOT NULL REFERENCES periods (id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        reopened_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        reopened_at TEXT NOT NULL
      ) STRICT;

      -- A subject's weight in a cohort's general average, when it differs from the programme's.
      CREATE TABLE cohort_subject_coefficients (
        cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        subject_id INTEGER NOT NULL REFERENCES programme_subjects (id) ON DELETE RESTRICT,
        coefficient REAL NOT NULL CHECK (coefficient >= 0),
        PRIMARY KEY (cohort_id, subject_id)
      ) STRICT, WITHOUT ROWID;

      -- Who teaches a subject to a group, set on the group; the planning's sessions also count.
      CREATE TABLE teaching_assignments (
        group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        subject_id INTEGER NOT NULL REFERENCES programme_subjects (id) ON DELETE RESTRICT,
        trainer_id INTEGER NOT NULL REFERENCES trainers (id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, subject_id, trainer_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE evaluations (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
        subject_id INTEGER NOT NULL REFERENCES programme_subjects (id) ON DELETE RESTRICT,
        period_id INTEGER NOT NULL REFERENCES periods (id) ON DELETE RESTRICT,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('homework', 'oral', 'ccf', 'mock_exam')),
        coefficient REAL NOT NULL CHECK (coefficient > 0),
        scale REAL NOT NULL DEFAULT 20 CHECK (scale > 0),
        -- The exam unit a BTS blanc stands for (programme_units.code); NULL otherwise.
        unit_code TEXT,
        created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (unit_code IS NULL OR kind = 'mock_exam')
      ) STRICT;
      CREATE INDEX evaluations_sheet ON evaluations (group_id, subject_id, period_id, date);

      -- A mark or a code, never both; no row is an empty cell.
      CREATE TABLE marks (
        evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE RESTRICT,
        mark REAL CHECK (mark >= 0),
        code TEXT CHECK (code IN ('ABS', 'ABJ', 'DISP', 'NN')),
        updated_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        updated_at TEXT NOT NULL,
        CHECK ((mark IS NULL) <> (code IS NULL)),
        PRIMARY KEY (evaluation_id, learner_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX marks_learner ON marks (learner_id);

      -- Every change to a cell: values as the cell shows them ("12,5", "ABS", "" for empty).
      CREATE TABLE mark_history (
        id INTEGER PRIMARY KEY,
        evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('sheet', 'paste', 'fill', 'undo', 'import')),
        changed_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mark_history_cell ON mark_history (evaluation_id, learner_id);
      CREATE INDEX mark_history_learner ON mark_history (learner_id, changed_at);

      -- subject_id NULL: the pedagogical team's general appreciation of the period.
      CREATE TABLE appreciations (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        period_id INTEGER NOT NULL REFERENCES periods (id) ON DELETE RESTRICT,
        subject_id INTEGER REFERENCES programme_subjects (id) ON DELETE RESTRICT,
        text TEXT NOT NULL,
        updated_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX appreciations_one ON appreciations (learner_id, period_id, IFNULL(subject_id, 0));

      CREATE TABLE appreciation_history (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        period_id INTEGER NOT NULL REFERENCES periods (id) ON DELETE CASCADE,
        subject_id INTEGER REFERENCES programme_subjects (id) ON DELETE CASCADE,
        old_text TEXT NOT NULL,
        new_text TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('screen', 'import')),
        changed_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX appreciation_history_learner ON appreciation_history (learner_id, period_id);

      CREATE TABLE phrase_bank (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (user_id, text)
      ) STRICT;

      -- What the simulator was told about a learner's unit, over what the BTS blancs give.
      CREATE TABLE exam_unit_entries (
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        unit_code TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('mark', 'absent', 'force_majeure')),
        mark REAL CHECK (mark >= 0 AND mark <= 20),
        updated_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        updated_at TEXT NOT NULL,
        CHECK ((kind = 'mark') = (mark IS NOT NULL)),
        PRIMARY KEY (learner_id, unit_code)
      ) STRICT, WITHOUT ROWID;

      -- The actual results of a past exam session, kept per session (its year).
      CREATE TABLE exam_results (
        cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
        session_year INTEGER NOT NULL CHECK (session_year BETWEEN 2000 AND 2100),
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        outcome TEXT NOT NULL CHECK (outcome IN ('admitted', 'refused', 'not_issued', 'absent')),
        average REAL CHECK (average >= 0 AND average <= 20),
        updated_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (cohort_id, session_year, learner_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
