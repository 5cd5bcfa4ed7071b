import type { Migration } from '../migration';

/**
 * Attendance (émargement). A sheet exists once something is recorded for a session; its lines
 * are one per learner. Every line keeps who recorded it and when (sheets signed in advance are
 * not valid), signatures keep their time. Drawn signatures, scans of paper sheets and absence
 * documents are stored in `stored_files`, inside the database, so a backup holds them all.
 */
export const migration005: Migration = {
  version: 5,
  name: 'attendance: sheets, lines, signatures, absence follow-up, stored files',
  up(db) {
    db.exec(`
      CREATE TABLE stored_files (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL,
        created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE attendance_sheets (
        session_id INTEGER PRIMARY KEY REFERENCES planned_sessions (id) ON DELETE RESTRICT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        mode TEXT CHECK (mode IN ('screen', 'paper')),
        trainer_signature_file_id INTEGER REFERENCES stored_files (id) ON DELETE RESTRICT,
        scan_file_id INTEGER REFERENCES stored_files (id) ON DELETE RESTRICT,
        closed_by INTEGER REFERENCES users (id) ON DELETE RESTRICT,
        closed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      ) STRICT;

      CREATE TABLE attendance_lines (
        session_id INTEGER NOT NULL REFERENCES attendance_sheets (session_id) ON DELETE CASCADE,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE RESTRICT,
        presence TEXT NOT NULL CHECK (presence IN ('present', 'absent')),
        late_minutes INTEGER NOT NULL DEFAULT 0 CHECK (late_minutes >= 0),
        left_early_minutes INTEGER NOT NULL DEFAULT 0 CHECK (left_early_minutes >= 0),
        -- Follow-up of an absence, a late arrival or an early leave; NULL for a plain presence.
        justification TEXT CHECK (justification IN ('pending', 'justified', 'unjustified')),
        excuse_reason TEXT,
        excuse_note TEXT,
        excuse_file_id INTEGER REFERENCES stored_files (id) ON DELETE RESTRICT,
        employer_notified_on TEXT,
        signature_file_id INTEGER REFERENCES stored_files (id) ON DELETE RESTRICT,
        signed_at TEXT,
        recorded_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (session_id, learner_id)
      ) STRICT;
      CREATE INDEX attendance_lines_learner ON attendance_lines (learner_id);

      CREATE TABLE attendance_reopenings (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES attendance_sheets (session_id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        reopened_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        reopened_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
