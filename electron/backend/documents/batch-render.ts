import JSZip from 'jszip';
import { documentsFr } from '../../../shared/i18n/fr/documents';
import { safeFileName } from '../file-names';
import type { JobControl, JobResult } from './jobs';
import type { BatchPlan, DocumentKindModule, LearnerDocument } from './kind';
import { Pdf } from './pdf';
import { uniqueFileNames } from './file-bases';

/** Draws one learner's document (a kind's `draw`, with its data type forgotten). */
export type DrawDocument = DocumentKindModule<unknown, unknown>['draw'];

/** Lets status and cancel calls through between two learners. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function newPdf(plan: BatchPlan<unknown>, title = plan.title): Pdf {
  return new Pdf({ layout: plan.layout, title, printedOn: plan.printedOn });
}

/** The first learner's document alone, as the preview shows it before a batch. */
export async function renderFirst(plan: BatchPlan<unknown>, draw: DrawDocument): Promise<Buffer> {
  const pdf = newPdf(plan);
  pdf.beginDocument();
  draw(pdf, plan.documents[0]!, plan);
  return pdf.toBuffer();
}

/** One PDF, each learner's document from a new page with its own page numbers. */
async function renderPdf(
  plan: BatchPlan<unknown>,
  draw: DrawDocument,
  control: JobControl,
): Promise<JobResult | null> {
  const pdf = newPdf(plan);
  for (const [i, document] of plan.documents.entries()) {
    await nextTurn();
    if (control.cancelled) return null;
    pdf.beginDocument();
    draw(pdf, document, plan);
    control.progress(i + 1);
  }
  const pageCount = pdf.pageCount;
  const bytes = await pdf.toBuffer();
  return control.cancelled ? null : { bytes, mimeType: 'application/pdf', pageCount };
}

/** The names of the learners' PDFs inside the ZIP: `DUPONT_Marie_S1.pdf`, never twice the same. */
export function zipEntryNames(documents: readonly LearnerDocument<unknown>[]): string[] {
  return uniqueFileNames(documents.map((d) => safeFileName(d.fileBase, 'pdf')));
}

/** A ZIP of one PDF per learner. PDFs are compressed already: the entries are stored as they are. */
async function renderZip(
  plan: BatchPlan<unknown>,
  draw: DrawDocument,
  control: JobControl,
): Promise<JobResult | null> {
  const zip = new JSZip();
  const names = zipEntryNames(plan.documents);
  // One date for every entry, so that a ZIP is the same bytes whenever the same batch is rendered.
  const date = new Date(`${plan.printedOn}T12:00:00Z`);
  let pageCount = 0;
  for (const [i, document] of plan.documents.entries()) {
    await nextTurn();
    if (control.cancelled) return null;
    const pdf = newPdf(plan, documentsFr.jobs.learnerTitle(plan.title, document.learnerName));
    pdf.beginDocument();
    draw(pdf, document, plan);
    pageCount += pdf.pageCount;
    zip.file(names[i]!, await pdf.toBuffer(), { date, binary: true });
    control.progress(i + 1);
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE', platform: 'DOS' });
  return control.cancelled ? null : { bytes, mimeType: 'application/zip', pageCount };
}

export function renderBatch(
  plan: BatchPlan<unknown>,
  format: 'pdf' | 'zip',
  draw: DrawDocument,
  control: JobControl,
): Promise<JobResult | null> {
  return format === 'pdf' ? renderPdf(plan, draw, control) : renderZip(plan, draw, control);
}
