import type { Migration } from '../migration';

/**
 * Programmes (référentiels), cohorts, groups, learners, trainers and rooms. Rows that later
 * records (sessions, marks) will point to are protected by foreign keys ON DELETE RESTRICT,
 * so a used subject, learner or room can never be deleted from under them.
 */
export const migration002: Migration = {
  version: 2,
  name: 'records: programmes, cohorts, groups, learners, trainers, rooms',
  up(db) {
    db.exec(`
      CREATE TABLE programmes (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE COLLATE NOCASE,
        title TEXT NOT NULL,
        diploma_code TEXT,
        rncp_code TEXT,
        nsf_code TEXT,
        level INTEGER,
        total_hours REAL NOT NULL CHECK (total_hours >= 0),
        objectives TEXT NOT NULL DEFAULT '[]',
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        based_on_id INTEGER REFERENCES programmes (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE programme_units (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        form TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 0),
        preparation_minutes INTEGER NOT NULL DEFAULT 0 CHECK (preparation_minutes >= 0),
        coefficient REAL NOT NULL CHECK (coefficient >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('general', 'professional')),
        optional INTEGER NOT NULL DEFAULT 0 CHECK (optional IN (0, 1)),
        UNIQUE (programme_id, code)
      ) STRICT;

      CREATE TABLE programme_subjects (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        hours_year1 REAL NOT NULL CHECK (hours_year1 >= 0),
        hours_year2 REAL NOT NULL CHECK (hours_year2 >= 0),
        coefficient REAL NOT NULL DEFAULT 1 CHECK (coefficient >= 0),
        unit_code TEXT,
        UNIQUE (programme_id, name)
      ) STRICT;

      CREATE TABLE programme_blocs (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        title TEXT NOT NULL,
        unit_codes TEXT NOT NULL DEFAULT '[]',
        UNIQUE (programme_id, number)
      ) STRICT;

      CREATE TABLE cohorts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE RESTRICT,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        year_from INTEGER NOT NULL CHECK (year_from IN (1, 2)),
        year_to INTEGER NOT NULL CHECK (year_to IN (1, 2)),
        holiday_zone TEXT NOT NULL CHECK (holiday_zone IN ('A', 'B', 'C')),
        alsace_moselle INTEGER NOT NULL DEFAULT 0 CHECK (alsace_moselle IN (0, 1)),
        site TEXT,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date > start_date),
        CHECK (year_to >= year_from)
      ) STRICT;

      CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (cohort_id, name)
      ) STRICT;

      CREATE TABLE learners (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER REFERENCES cohorts (id) ON DELETE RESTRICT,
        surname TEXT NOT NULL,
        first_name TEXT NOT NULL,
        birth_date TEXT,
        email TEXT,
        phone TEXT,
        address TEXT,
        access_route TEXT NOT NULL,
        funding TEXT,
        employer_name TEXT,
        employer_address TEXT,
        employer_siret TEXT,
        tutor_name TEXT,
        tutor_email TEXT,
        tutor_phone TEXT,
        contract_start TEXT,
        contract_end TEXT,
        foreign_student INTEGER NOT NULL DEFAULT 0 CHECK (foreign_student IN (0, 1)),
        entry_date TEXT,
        exit_date TEXT,
        status TEXT NOT NULL DEFAULT 'in_training' CHECK (status IN ('in_training', 'dropped_out', 'graduated')),
        dropout_date TEXT,
        dropout_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX learners_cohort ON learners (cohort_id);
      CREATE INDEX learners_name ON learners (surname COLLATE NOCASE, first_name COLLATE NOCASE);

      -- A learner's groups over time: moving closes one row and opens another, history is kept.
      CREATE TABLE group_memberships (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
        start_date TEXT NOT NULL,
        end_date TEXT
      ) STRICT;
      CREATE INDEX group_memberships_group ON group_memberships (group_id, end_date);
      CREATE UNIQUE INDEX group_memberships_current ON group_memberships (learner_id) WHERE end_date IS NULL;

      CREATE TABLE learner_dispensations (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        unit_code TEXT NOT NULL,
        reason TEXT NOT NULL,
        UNIQUE (learner_id, unit_code)
      ) STRICT;

      CREATE TABLE learner_kept_marks (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        unit_code TEXT NOT NULL,
        mark REAL NOT NULL CHECK (mark >= 0 AND mark <= 20),
        obtained_on TEXT NOT NULL,
        UNIQUE (learner_id, unit_code)
      ) STRICT;

      CREATE TABLE trainers (
        id INTEGER PRIMARY KEY,
        surname TEXT NOT NULL,
        first_name TEXT NOT NULL,
        email TEXT,
        phone TEXT,
        contract_type TEXT NOT NULL CHECK (contract_type IN ('employee', 'temporary', 'freelance')),
        user_id INTEGER UNIQUE REFERENCES users (id) ON DELETE SET NULL,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE trainer_subjects (
        trainer_id INTEGER NOT NULL REFERENCES trainers (id) ON DELETE CASCADE,
        subject_id INTEGER NOT NULL REFERENCES programme_subjects (id) ON DELETE CASCADE,
        PRIMARY KEY (trainer_id, subject_id)
      ) STRICT;

      CREATE TABLE trainer_availability (
        trainer_id INTEGER NOT NULL REFERENCES trainers (id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 6),
        slot TEXT NOT NULL CHECK (slot IN ('morning', 'afternoon', 'evening')),
        PRIMARY KEY (trainer_id, weekday, slot)
      ) STRICT;

      CREATE TABLE rooms (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        site TEXT,
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        equipment TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
