import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/api/settings';
import type { FileDownload } from '../../shared/api/fields';
import type { IssuedDocument, JobStatus } from '../../shared/api/documents';
import { pdfPagePng, pdfText } from '../helpers/pdf';
import { call, value, type DocumentsWorld } from './documents-setup';

/** Shared steps of the documents tests: the centre, settings, a batch from start to archive. */

export const CENTRE = {
  name: 'Centre de formation Léonard-de-Vinci — Évry',
  address: '3 place de l’Agora',
  postcode: '91000',
  city: 'Évry-Courcouronnes',
  siret: '73282932000074',
  nda: '11910123491',
  phone: '01 60 00 00 00',
  email: 'contact@cfa-evry.fr',
  signatoryName: 'Hélène Lefèvre',
  signatoryTitle: 'Directrice',
};

export async function setCentre(w: DocumentsWorld): Promise<void> {
  await value(w, 'centre.update', CENTRE);
}

export async function changeSettings(
  w: DocumentsWorld,
  changes: { marks?: Partial<Settings['marks']>; documents?: Partial<Settings['documents']> },
): Promise<void> {
  const current = await value<Settings>(w, 'settings.get', {});
  await value(w, 'settings.update', {
    marks: { ...DEFAULT_SETTINGS.marks, ...current.marks, ...changes.marks },
    documents: { ...DEFAULT_SETTINGS.documents, ...current.documents, ...changes.documents },
  });
}

export const bytesOf = (file: FileDownload) => Buffer.from(file.contentBase64, 'base64');

/** Keeps a copy (PDF and page 1 as PNG) in $CARNET_KEEP_PDF to look at, when set. */
export function keep(name: string, pdf: Buffer): void {
  const dir = process.env.CARNET_KEEP_PDF;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  writeFileSync(join(dir, `${name}.png`), pdfPagePng(pdf, 1, 100));
}

export const reportCardsOf = (w: DocumentsWorld, extra: Record<string, unknown> = {}) => ({
  kind: 'reportCards',
  groupId: w.groupId,
  periodId: w.closedPeriod,
  ...extra,
});

/** The preview of one learner's report card, as text. */
export async function previewText(w: DocumentsWorld, learnerId: number, token = w.tokens.adviser) {
  const file = await value<FileDownload>(
    w,
    'documents.preview',
    reportCardsOf(w, { learnerIds: [learnerId] }),
    token,
  );
  const pdf = bytesOf(file);
  return { file, pdf, text: pdfText(pdf) };
}

/** Lets the event loop turn once: a batch renders one learner per turn. */
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type Started = JobStatus & { fileName: string };

export async function start(
  w: DocumentsWorld,
  request: Record<string, unknown>,
  format: 'pdf' | 'zip' = 'pdf',
  token = w.tokens.adviser,
): Promise<Started> {
  return value<Started>(w, 'documents.start', { request, format }, token);
}

/** Polls a batch until it is no longer running. */
export async function finish(w: DocumentsWorld, jobId: string, token = w.tokens.adviser): Promise<JobStatus> {
  for (;;) {
    const status = await value<JobStatus>(w, 'documents.status', { jobId }, token);
    if (status.state !== 'running') return status;
    await turn();
  }
}

export interface Collected {
  download: FileDownload;
  issued: IssuedDocument;
}

/** Starts a batch, waits for it and archives it. */
export async function issue(
  w: DocumentsWorld,
  request: Record<string, unknown>,
  format: 'pdf' | 'zip' = 'pdf',
  token = w.tokens.adviser,
): Promise<Collected & { bytes: Buffer }> {
  const started = await start(w, request, format, token);
  const status = await finish(w, started.jobId, token);
  if (status.state !== 'done') throw new Error(`batch ended ${status.state}: ${status.message}`);
  const collected = await value<Collected>(w, 'documents.collect', { jobId: started.jobId }, token);
  return { ...collected, bytes: bytesOf(collected.download) };
}

export const tableCount = (w: DocumentsWorld, table: string) =>
  (w.b.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

export { call, value };
