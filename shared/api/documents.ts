import { z } from 'zod';
import { fileDownload, id, isoDate } from './fields';
import { method } from './method';
import type { Role } from './roles';
import { ALL_ROLES } from './roles';

/**
 * Issued documents (issue 7): report cards, attestations de fin de formation and certificats de
 * réalisation, one per learner, generated in batches. A batch runs as a job in the backend: it
 * reads its data in one transaction (a consistent snapshot), renders outside it while the
 * renderer polls its progress and may cancel, and is archived when collected, so what is in
 * the archive is exactly what was handed over. Cancelling leaves nothing behind.
 */

/** Who issues documents to learners: advisers, managers, admins. Trainers print working lists. */
export const issuers: readonly Role[] = ['admin', 'manager', 'adviser'];

export const DOCUMENT_KINDS = ['reportCards', 'attestations', 'certificates'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One PDF with a page (or more) per learner, or a ZIP of one PDF per learner (`NOM_Prenom_S1.pdf`). */
export const BATCH_FORMATS = ['pdf', 'zip'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** At most a cohort's worth of learners in a hand-picked subset. */
const learnerIds = z.array(id).min(1).max(400).optional();

export const reportCardsRequest = z
  .object({
    kind: z.literal('reportCards'),
    groupId: id,
    periodId: id,
    /** Some learners of the group only (one learner's report card); all of them when absent. */
    learnerIds,
  })
  .strict();

export const attestationsRequest = z
  .object({
    kind: z.literal('attestations'),
    cohortId: id,
    /** One group of the cohort only. */
    groupId: id.optional(),
    learnerIds,
    /** The date of "Fait à …, le …"; today when absent. */
    issuedOn: isoDate.optional(),
  })
  .strict();

export const certificatesRequest = z
  .object({
    kind: z.literal('certificates'),
    cohortId: id,
    groupId: id.optional(),
    learnerIds,
    /** The period funders ask about: a month or any range within the training (from ≤ to). */
    from: isoDate,
    to: isoDate,
    issuedOn: isoDate.optional(),
  })
  .strict();

export const documentRequest = z.discriminatedUnion('kind', [
  reportCardsRequest,
  attestationsRequest,
  certificatesRequest,
]);
export type DocumentRequest = z.infer<typeof documentRequest>;
export type ReportCardsRequest = z.infer<typeof reportCardsRequest>;
export type AttestationsRequest = z.infer<typeof attestationsRequest>;
export type CertificatesRequest = z.infer<typeof certificatesRequest>;

export const JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
const jobId = z.string().uuid();

export const jobStatusSchema = z.object({
  jobId: z.string(),
  state: z.enum(JOB_STATES),
  /** Learners' documents rendered so far, out of `total`. */
  done: z.number().int(),
  total: z.number().int(),
  /** The French reason when it failed. */
  message: z.string().nullable(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const issuedDocumentSchema = z.object({
  id,
  kind: z.enum(DOCUMENT_KINDS),
  /** 1 for the first issue of the same kind, scope and period; re-issuing adds a version. */
  version: z.number().int(),
  /** "Bulletins de notes — BTS NDRC 1A — Semestre 1". */
  title: z.string(),
  /** The period shown ("Semestre 1", "du 01/10/2026 au 31/10/2026"), or null. */
  periodLabel: z.string().nullable(),
  cohortId: id.nullable(),
  groupId: id.nullable(),
  learners: z.array(z.object({ id, name: z.string() })),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  pageCount: z.number().int(),
  sha256: z.string(),
  issuedBy: z.string().nullable(),
  issuedAt: z.string(),
});
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;

const archiveFilter = z
  .object({
    kind: z.enum(DOCUMENT_KINDS).optional(),
    cohortId: id.optional(),
    groupId: id.optional(),
    learnerId: id.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const documentsApi = {
  'documents.preview': method({
    summary:
      'The first learner’s document of a batch as a PDF, to look at before generating; nothing is archived.',
    input: documentRequest,
    output: fileDownload,
    access: issuers,
  }),
  'documents.start': method({
    summary:
      'Starts generating a batch (data read at once, rendered in the background); poll its status, then collect it.',
    input: z.object({ request: documentRequest, format: z.enum(BATCH_FORMATS) }).strict(),
    output: jobStatusSchema.extend({ fileName: z.string() }),
    access: issuers,
  }),
  'documents.status': method({
    summary: 'Progress of a batch started by the caller.',
    input: z.object({ jobId }).strict(),
    output: jobStatusSchema,
    access: issuers,
  }),
  'documents.cancel': method({
    summary: 'Stops a running batch; nothing is kept of it.',
    input: z.object({ jobId }).strict(),
    output: jobStatusSchema,
    access: issuers,
  }),
  'documents.collect': method({
    summary: 'The finished batch’s file, recorded in the archive as a new version.',
    input: z.object({ jobId }).strict(),
    output: z.object({ download: fileDownload, issued: issuedDocumentSchema }),
    access: issuers,
  }),
  'documents.archive': method({
    summary: 'Issued documents, newest first, filtered by kind, cohort, group or learner.',
    input: archiveFilter,
    output: z.object({ items: z.array(issuedDocumentSchema) }),
    access: issuers,
  }),
  'documents.download': method({
    summary: 'An issued document again, byte for byte as it was issued.',
    input: z.object({ id }).strict(),
    output: fileDownload,
    access: issuers,
  }),
};

/** Working prints: not issued to anyone, so not archived; any signed-in user may print them. */
export const printsApi = {
  'prints.roster': method({
    summary: 'A group’s roster on a date (learners, route, employer, tutor), A4 portrait.',
    input: z.object({ groupId: id, date: isoDate.optional() }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
  'prints.trainers': method({
    summary: 'The trainers teaching a cohort, with their subjects and groups, A4 portrait.',
    input: z.object({ cohortId: id }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
  'prints.attendanceWeek': method({
    summary:
      'A group’s attendance sheets for the week holding a date: one page per week, a signature box per learner and half-day; filled with the recorded presences and signatures when asked.',
    input: z.object({ groupId: id, date: isoDate, filled: z.boolean() }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
};
