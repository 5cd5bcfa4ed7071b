import { createHash } from 'node:crypto';
import type { DocumentKind } from '../../../../shared/api/documents';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/**
 * The archive of issued documents (migration 008): the file kept byte for byte in stored_files
 * with its hash, a row per issue numbered by version within its scope, and the learners it
 * concerns. Rows are only ever added.
 */

export interface ArchiveFile {
  name: string;
  mimeType: string;
  bytes: Buffer;
}

/** Saves an issued file (a PDF or a ZIP, which stored-files.ts does not accept as an upload). */
export function insertArchiveFile(db: Db, file: ArchiveFile, userId: number | null, now: Date): number {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO stored_files (name, mime_type, size, sha256, data, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(file.name, file.mimeType, file.bytes.length, sha256, file.bytes, userId, now.toISOString());
  return Number(lastInsertRowid);
}

/** The next version of a scope: 1 for its first issue. */
export function nextVersion(db: Db, scopeKey: string): number {
  const row = stmt(db, 'SELECT max(version) AS v FROM issued_documents WHERE scope_key = ?').get(
    scopeKey,
  ) as {
    v: number | null;
  };
  return (row.v ?? 0) + 1;
}

export interface NewIssue {
  kind: DocumentKind;
  scopeKey: string;
  version: number;
  title: string;
  periodLabel: string | null;
  cohortId: number | null;
  groupId: number | null;
  periodId: number | null;
  fileId: number;
  pageCount: number;
  issuedBy: number | null;
  issuedAt: string;
  learnerIds: readonly number[];
}

export function insertIssue(db: Db, { learnerIds, ...issue }: NewIssue): number {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO issued_documents (kind, scope_key, version, title, period_label, cohort_id, group_id, period_id,
       file_id, page_count, issued_by, issued_at)
     VALUES (@kind, @scopeKey, @version, @title, @periodLabel, @cohortId, @groupId, @periodId, @fileId, @pageCount,
       @issuedBy, @issuedAt)`,
  ).run(issue);
  const id = Number(lastInsertRowid);
  const add = stmt(
    db,
    'INSERT OR IGNORE INTO issued_document_learners (document_id, learner_id) VALUES (?, ?)',
  );
  for (const learnerId of learnerIds) add.run(id, learnerId);
  return id;
}

/**
 * Whether what a batch points to still exists when it is collected: a learner, group or period
 * deleted while it rendered would otherwise fail on the archive's foreign keys.
 */
export function missingReferences(
  db: Db,
  refs: {
    learnerIds: readonly number[];
    groupId: number | null;
    cohortId: number | null;
    periodId: number | null;
  },
): boolean {
  const row = stmt(
    db,
    `SELECT (SELECT count(*) FROM learners WHERE id IN (SELECT value FROM json_each(@learners))) AS learners,
       (@groupId IS NULL OR EXISTS (SELECT 1 FROM groups WHERE id = @groupId)) AS hasGroup,
       (@cohortId IS NULL OR EXISTS (SELECT 1 FROM cohorts WHERE id = @cohortId)) AS hasCohort,
       (@periodId IS NULL OR EXISTS (SELECT 1 FROM periods WHERE id = @periodId)) AS hasPeriod`,
  ).get({
    learners: JSON.stringify([...new Set(refs.learnerIds)]),
    groupId: refs.groupId,
    cohortId: refs.cohortId,
    periodId: refs.periodId,
  }) as { learners: number; hasGroup: number; hasCohort: number; hasPeriod: number };
  return row.learners !== new Set(refs.learnerIds).size || !row.hasGroup || !row.hasCohort || !row.hasPeriod;
}

export interface IssueRow {
  id: number;
  kind: DocumentKind;
  version: number;
  title: string;
  periodLabel: string | null;
  cohortId: number | null;
  groupId: number | null;
  fileId: number;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  pageCount: number;
  issuedBy: string | null;
  issuedAt: string;
}

const ISSUE_SQL = `SELECT d.id, d.kind, d.version, d.title, d.period_label AS periodLabel, d.cohort_id AS cohortId,
    d.group_id AS groupId, d.file_id AS fileId, f.name AS fileName, f.mime_type AS mimeType, f.size, f.sha256,
    d.page_count AS pageCount, u.display_name AS issuedBy, d.issued_at AS issuedAt
  FROM issued_documents d
  JOIN stored_files f ON f.id = d.file_id
  LEFT JOIN users u ON u.id = d.issued_by`;

export function findIssue(db: Db, id: number): IssueRow | null {
  return (stmt(db, `${ISSUE_SQL} WHERE d.id = ?`).get(id) as IssueRow | undefined) ?? null;
}

export interface ArchiveFilter {
  kind?: DocumentKind | undefined;
  cohortId?: number | undefined;
  groupId?: number | undefined;
  learnerId?: number | undefined;
  limit: number;
}

/** Newest first; every filter given must hold. */
export function listIssues(db: Db, filter: ArchiveFilter): IssueRow[] {
  return stmt(
    db,
    `${ISSUE_SQL}
     WHERE (@kind IS NULL OR d.kind = @kind)
       AND (@cohortId IS NULL OR d.cohort_id = @cohortId)
       AND (@groupId IS NULL OR d.group_id = @groupId)
       AND (@learnerId IS NULL OR d.id IN (SELECT document_id FROM issued_document_learners WHERE learner_id = @learnerId))
     ORDER BY d.issued_at DESC, d.id DESC
     LIMIT @limit`,
  ).all({
    kind: filter.kind ?? null,
    cohortId: filter.cohortId ?? null,
    groupId: filter.groupId ?? null,
    learnerId: filter.learnerId ?? null,
    limit: filter.limit,
  }) as IssueRow[];
}

export interface IssueLearner {
  documentId: number;
  learnerId: number;
  surname: string;
  firstName: string;
}

/** The learners of some issued documents, in one query. */
export function issueLearners(db: Db, documentIds: readonly number[]): IssueLearner[] {
  return stmt(
    db,
    `SELECT dl.document_id AS documentId, l.id AS learnerId, l.surname, l.first_name AS firstName
     FROM issued_document_learners dl JOIN learners l ON l.id = dl.learner_id
     WHERE dl.document_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(documentIds)) as IssueLearner[];
}

export function fileBytes(db: Db, fileId: number): Buffer | null {
  const row = stmt(db, 'SELECT data FROM stored_files WHERE id = ?').get(fileId) as
    { data: Buffer } | undefined;
  return row?.data ?? null;
}
