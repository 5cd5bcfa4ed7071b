import type { Migration } from '../migration';

/**
 * A learner's own plan, beside their group's: days where the learner's place differs from the
 * group's rhythm (a learner whose status differs), internship periods of a learner under statut
 * scolaire, and the reduced internship length granted to some (9 to 16 weeks). Everything goes
 * with the learner (ON DELETE CASCADE): none of it means anything without them.
 */
export const migration004: Migration = {
  version: 4,
  name: 'learner plan: day overrides, internship periods',
  up(db) {
    db.exec(`
      -- Day by day (Monday to Saturday): where the learner is when it is not where their group is.
      -- A day absent follows the group's rhythm.
      CREATE TABLE learner_days (
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        place TEXT NOT NULL CHECK (place IN ('centre', 'company')),
        PRIMARY KEY (learner_id, date)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE internship_periods (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        note TEXT,
        CHECK (end_date >= start_date)
      ) STRICT;
      CREATE INDEX internship_periods_learner ON internship_periods (learner_id, start_date);

      -- Only learners granted a shorter internship have a row; the others owe the full 16 weeks.
      CREATE TABLE learner_internship (
        learner_id INTEGER PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
        reduced_weeks INTEGER CHECK (reduced_weeks IS NULL OR reduced_weeks BETWEEN 9 AND 16)
      ) STRICT;
    `);
  },
};
