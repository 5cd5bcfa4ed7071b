import type { DocumentKind } from '../../../shared/api/documents';
import type { HandlerContext } from '../context';
import type { CentreForPrint } from './centre-header';
import type { Pdf } from './pdf';

/** One learner's document in a batch, with everything it prints already read. */
export interface LearnerDocument<Data> {
  learnerId: number;
  /** "DUPONT Marie", for the archive. */
  learnerName: string;
  /** The file's name in a ZIP, without extension: "DUPONT_Marie_S1". */
  fileBase: string;
  data: Data;
}

/**
 * A batch as read in the call's transaction: the snapshot the job renders from, and what the
 * archive records about it. Nothing in it refers back to the database.
 */
export interface BatchPlan<Data> {
  kind: DocumentKind;
  /** "Bulletins de notes — BTS NDRC 1A — Semestre 1" (PDF title and archive). */
  title: string;
  periodLabel: string | null;
  /** Same kind, scope and period → same key; versions count per key (migration 008). */
  scopeKey: string;
  cohortId: number | null;
  groupId: number | null;
  periodId: number | null;
  layout: 'portrait' | 'landscape';
  /** The batch's file name without extension: "Bulletins_BTS_NDRC_1A_S1". */
  fileBase: string;
  /** The caller's today (ISO date), printed in footers and "Fait à …, le …" unless the kind says otherwise. */
  printedOn: string;
  centre: CentreForPrint;
  documents: LearnerDocument<Data>[];
}

/**
 * A kind of issued document: reads its batch (synchronously, in the transaction; refuses with
 * an AppError in French) and draws one learner's document from a fresh page on.
 */
export interface DocumentKindModule<Request, Data> {
  plan(request: Request, ctx: HandlerContext): BatchPlan<Data>;
  draw(pdf: Pdf, document: LearnerDocument<Data>, plan: BatchPlan<Data>): void;
}
