import type { Migration } from '../migration';

/**
 * Planning: half-day sessions (table planned_sessions: "sessions" holds the sign-in sessions of
 * migration 1), each group's alternance rhythm (centre or company, day by day)
 * and the school holidays imported from the official calendar files. A session points to its
 * group, subject, trainer and room with ON DELETE RESTRICT, so none can vanish from under it.
 */
export const migration003: Migration = {
  version: 3,
  name: 'planning: sessions, rhythms, school holidays',
  up(db) {
    db.exec(`
      CREATE TABLE planned_sessions (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
        subject_id INTEGER NOT NULL REFERENCES programme_subjects (id) ON DELETE RESTRICT,
        trainer_id INTEGER REFERENCES trainers (id) ON DELETE RESTRICT,
        room_id INTEGER REFERENCES rooms (id) ON DELETE RESTRICT,
        date TEXT NOT NULL,
        slot TEXT NOT NULL CHECK (slot IN ('morning', 'afternoon', 'evening')),
        modality TEXT NOT NULL CHECK (modality IN ('onsite', 'distance', 'work')),
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (group_id, date, slot)
      ) STRICT;
      CREATE INDEX planned_sessions_date ON planned_sessions (date, slot);
      CREATE INDEX planned_sessions_trainer ON planned_sessions (trainer_id, date);
      CREATE INDEX planned_sessions_room ON planned_sessions (room_id, date);
      CREATE INDEX planned_sessions_subject ON planned_sessions (subject_id);

      -- The pattern a rhythm was generated from, kept to show and to regenerate.
      CREATE TABLE rhythm_patterns (
        group_id INTEGER PRIMARY KEY REFERENCES groups (id) ON DELETE CASCADE,
        pattern TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Day by day (Monday to Saturday): where the group is. A day absent is a centre day.
      CREATE TABLE rhythm_days (
        group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        place TEXT NOT NULL CHECK (place IN ('centre', 'company')),
        PRIMARY KEY (group_id, date)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE school_holidays (
        id INTEGER PRIMARY KEY,
        zone TEXT NOT NULL CHECK (zone IN ('A', 'B', 'C')),
        name TEXT NOT NULL,
        -- As published: the last day of classes and the day classes resume.
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        source TEXT,
        imported_at TEXT NOT NULL,
        CHECK (end_date >= start_date)
      ) STRICT;
      CREATE INDEX school_holidays_zone ON school_holidays (zone, start_date);
    `);
  },
};
