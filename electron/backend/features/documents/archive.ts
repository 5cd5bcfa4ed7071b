import type { FileDownload } from '../../../../shared/api/fields';
import type { IssuedDocument } from '../../../../shared/api/documents';
import { byPersonName } from '../../../../shared/format/sort';
import { documentsFr } from '../../../../shared/i18n/fr/documents';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import type { Db } from '../../db/open';
import type { BatchJob } from '../../documents/jobs';
import { conflict, notFound } from '../../errors';
import {
  fileBytes,
  findIssue,
  insertArchiveFile,
  insertIssue,
  issueLearners,
  listIssues,
  missingReferences,
  nextVersion,
  type ArchiveFilter,
  type IssueRow,
} from './archive-repository';

const t = documentsFr.archive;

/** "DUPONT Marie": how the archive names a learner. */
export const archiveName = (l: { surname: string; firstName: string }) =>
  `${l.surname.toLocaleUpperCase('fr-FR')} ${l.firstName}`;

/** Archive rows as the contract shows them, each with its learners in alphabetical order. */
function views(db: Db, rows: readonly IssueRow[]): IssuedDocument[] {
  const learners = new Map<number, { surname: string; firstName: string; id: number }[]>();
  for (const l of issueLearners(
    db,
    rows.map((r) => r.id),
  )) {
    const list = learners.get(l.documentId) ?? [];
    learners.set(l.documentId, list);
    list.push({ id: l.learnerId, surname: l.surname, firstName: l.firstName });
  }
  return rows.map(({ fileId: _fileId, ...row }) => ({
    ...row,
    learners: (learners.get(row.id) ?? [])
      .sort(byPersonName)
      .map((l) => ({ id: l.id, name: archiveName(l) })),
  }));
}

export function archiveList(db: Db, filter: Omit<ArchiveFilter, 'limit'> & { limit?: number | undefined }) {
  return { items: views(db, listIssues(db, { ...filter, limit: filter.limit ?? 200 })) };
}

function issuedWithFile(db: Db, id: number): { issued: IssuedDocument; download: FileDownload } {
  const row = findIssue(db, id);
  const bytes = row && fileBytes(db, row.fileId);
  if (!row || !bytes) throw notFound(t.notFound);
  return {
    issued: views(db, [row])[0]!,
    download: { fileName: row.fileName, mimeType: row.mimeType, contentBase64: bytes.toString('base64') },
  };
}

/** An issued document's file, byte for byte as it was archived. */
export function archivedDownload(db: Db, id: number): FileDownload {
  return issuedWithFile(db, id).download;
}

/**
 * Archives a finished batch, in the call's transaction: its file, the next version of its
 * scope, its learners, an audit entry. A batch collected before returns its archived row again,
 * so collecting twice never makes a second version.
 */
export function collectJob(
  ctx: HandlerContext,
  job: BatchJob,
): { issued: IssuedDocument; download: FileDownload } {
  const { db } = ctx;
  if (job.collectedId !== null) return issuedWithFile(db, job.collectedId);
  const { plan, result } = job;
  if (!result) throw conflict(documentsFr.jobs.notFinished);
  const learnerIds = plan.documents.map((d) => d.learnerId);
  if (
    missingReferences(db, {
      learnerIds,
      groupId: plan.groupId,
      cohortId: plan.cohortId,
      periodId: plan.periodId,
    })
  ) {
    throw conflict(documentsFr.jobs.staleBatch);
  }
  const userId = ctx.user?.id ?? null;
  const fileId = insertArchiveFile(
    db,
    { name: job.fileName, mimeType: result.mimeType, bytes: result.bytes },
    userId,
    ctx.now,
  );
  const version = nextVersion(db, plan.scopeKey);
  const id = insertIssue(db, {
    kind: plan.kind,
    scopeKey: plan.scopeKey,
    version,
    title: plan.title,
    periodLabel: plan.periodLabel,
    cohortId: plan.cohortId,
    groupId: plan.groupId,
    periodId: plan.periodId,
    fileId,
    pageCount: result.pageCount,
    issuedBy: userId,
    issuedAt: ctx.now.toISOString(),
    learnerIds,
  });
  const collected = issuedWithFile(db, id);
  auditCall(ctx, 'documents.collect', `issued_document:${id}`, {
    kind: plan.kind,
    title: plan.title,
    version,
    learners: learnerIds.length,
    pages: result.pageCount,
    sha256: collected.issued.sha256,
  });
  job.collectedId = id;
  return collected;
}
