import type { DocumentRequest } from '../../../../shared/api/documents';
import { requireUser, type HandlerContext } from '../../context';
import { renderBatch, renderFirst } from '../../documents/batch-render';
import { jobStatus, type BatchJob } from '../../documents/jobs';
import type { BatchPlan } from '../../documents/kind';
import { safeFileName } from '../../file-names';
import { staged, type HandlersOf } from '../../handlers';
import { archivedDownload, archiveList, collectJob } from './archive';
import { documentKinds } from './kinds';

/**
 * Issued documents (issue 7 §1, §7). A batch is planned (read) in its call's transaction and
 * rendered by the registry's jobs service (documents/jobs.ts) after the call has answered;
 * collecting it archives the file in another call's transaction. See shared/api/documents.ts.
 */

/** The request's kind reads its batch; the union is narrowed by the kind itself. */
function planOf(request: DocumentRequest, ctx: HandlerContext): BatchPlan<unknown> {
  return documentKinds[request.kind].plan(request as never, ctx);
}

const drawOf = (plan: BatchPlan<unknown>) => documentKinds[plan.kind].draw;

export const documentsHandlers: HandlersOf<
  | 'documents.preview'
  | 'documents.start'
  | 'documents.status'
  | 'documents.cancel'
  | 'documents.collect'
  | 'documents.archive'
  | 'documents.download'
> = {
  'documents.preview': staged({
    run: (request, ctx) => planOf(request, ctx),
    async after(plan) {
      const bytes = await renderFirst(plan, drawOf(plan));
      return {
        fileName: safeFileName(plan.documents[0]!.fileBase, 'pdf'),
        mimeType: 'application/pdf',
        contentBase64: bytes.toString('base64'),
      };
    },
  }),

  'documents.start': staged({
    // Refused before reading anything when the caller already has the most batches running.
    async before(_input, stage) {
      stage.jobs.assertCanStart(requireUser(stage).id);
    },
    run: ({ request }, ctx) => planOf(request, ctx),
    async after(plan, { format }, stage) {
      const fileName = safeFileName(plan.fileBase, format);
      const draw = drawOf(plan);
      const job = stage.jobs.start(requireUser(stage).id, { plan, format, fileName }, (control) =>
        renderBatch(plan, format, draw, control),
      );
      return { ...jobStatus(job), fileName };
    },
  }),

  'documents.status': staged({
    before: async ({ jobId }, stage) => jobStatus(stage.jobs.find(requireUser(stage).id, jobId)),
    run: (_input, _ctx, status) => status,
  }),

  'documents.cancel': staged({
    before: async ({ jobId }, stage) => jobStatus(stage.jobs.cancel(requireUser(stage).id, jobId)),
    run: (_input, _ctx, status) => status,
  }),

  'documents.collect': staged({
    before: async ({ jobId }, stage): Promise<BatchJob> => stage.jobs.finished(requireUser(stage).id, jobId),
    run: (_input, ctx, job) => ({ job, collected: collectJob(ctx, job) }),
    async after({ job, collected }) {
      // Archived: the bytes live in the database now, and a second collect reads them there.
      job.result = null;
      return collected;
    },
  }),

  'documents.archive': (filter, { db }) => archiveList(db, filter),

  'documents.download': ({ id }, { db }) => archivedDownload(db, id),
};
