import type { Migration } from '../migration';

/**
 * The archive of issued documents (issue 7 §7). Each row is one file handed over — a batch's
 * PDF or ZIP, or one learner's document — kept byte for byte in stored_files with its hash, so
 * it can be downloaded again identically. Re-issuing the same kind for the same scope and
 * period adds a row with the next version: nothing is ever replaced. `scope_key` names that
 * scope and period ("reportCards:group:12:period:3") so versions are counted by one index.
 */
export const migration008: Migration = {
  version: 8,
  name: 'documents: archive of issued documents',
  up(db) {
    db.exec(`
      CREATE TABLE issued_documents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('reportCards', 'attestations', 'certificates')),
        scope_key TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        title TEXT NOT NULL,
        period_label TEXT,
        cohort_id INTEGER REFERENCES cohorts (id) ON DELETE RESTRICT,
        group_id INTEGER REFERENCES groups (id) ON DELETE RESTRICT,
        period_id INTEGER REFERENCES periods (id) ON DELETE RESTRICT,
        file_id INTEGER NOT NULL REFERENCES stored_files (id) ON DELETE RESTRICT,
        page_count INTEGER NOT NULL CHECK (page_count >= 1),
        issued_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
        issued_at TEXT NOT NULL,
        UNIQUE (scope_key, version)
      ) STRICT;
      CREATE INDEX issued_documents_issued_at ON issued_documents (issued_at);
      CREATE INDEX issued_documents_cohort ON issued_documents (cohort_id, issued_at);

      CREATE TABLE issued_document_learners (
        document_id INTEGER NOT NULL REFERENCES issued_documents (id) ON DELETE CASCADE,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE RESTRICT,
        PRIMARY KEY (document_id, learner_id)
      ) STRICT;
      CREATE INDEX issued_document_learners_learner ON issued_document_learners (learner_id);
    `);
  },
};
