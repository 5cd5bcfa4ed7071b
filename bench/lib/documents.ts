import type { Input, Output } from '../../shared/api/index';
import type { Call } from './lookups';

const POLL_MS = 5;
const DEFAULT_TIMEOUT_MS = 120_000;

export interface DocumentsBatch {
  /** From documents.start to the status saying "done": reading, rendering, the whole batch. */
  generateMs: number;
  /** documents.collect: the file handed over and recorded in the archive. */
  collectMs: number;
  polls: number;
  collected: Output<'documents.collect'>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A documents batch run as the screen runs it, through `call` (the registry or HTTP):
 * documents.start, then documents.status every 5 ms until the job is done — at most `timeoutMs`
 * (then cancelled, and an error) —, then documents.collect. A failed or cancelled job throws
 * with the app's French message. For the report cards and attestations figures:
 *
 *   const batch = await runDocumentsBatch(b.call, { request: { kind: 'reportCards', groupId, periodId }, format: 'pdf' });
 *   return batch.generateMs + batch.collectMs;
 */
export async function runDocumentsBatch(
  call: Call,
  input: Input<'documents.start'>,
  { timeoutMs = DEFAULT_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<DocumentsBatch> {
  const started = performance.now();
  let status: Output<'documents.status'> = await call('documents.start', input);
  let polls = 0;
  while (status.state === 'running') {
    if (performance.now() - started > timeoutMs) {
      await call('documents.cancel', { jobId: status.jobId });
      throw new Error(
        `lot de documents toujours en cours après ${timeoutMs / 1000} s (${status.done}/${status.total})`,
      );
    }
    await pause(POLL_MS);
    status = await call('documents.status', { jobId: status.jobId });
    polls++;
  }
  const generateMs = performance.now() - started;
  if (status.state !== 'done') {
    throw new Error(
      `lot de documents ${status.state === 'failed' ? 'en échec' : 'annulé'} : ${status.message ?? '—'}`,
    );
  }
  const collecting = performance.now();
  const collected = await call('documents.collect', { jobId: status.jobId });
  return { generateMs, collectMs: performance.now() - collecting, polls, collected };
}

/**
 * The centre's identity as documents need it (attestations refuse without it): the seed does not
 * write one, so the figures give the working copy a plausible one once.
 */
export async function ensureCentreIdentity(call: Call): Promise<void> {
  const centre = await call('centre.get', {});
  if (centre.missing.length === 0) return;
  await call('centre.update', {
    name: 'Centre de formation Les Tilleuls',
    address: '12 rue des Écoles',
    postcode: '69003',
    city: 'Lyon',
    siret: '73282932000074',
    nda: '84691234569',
    phone: '04 72 00 00 00',
    email: 'contact@les-tilleuls.example',
    signatoryName: 'Hélène Marchand',
    signatoryTitle: 'Directrice',
  });
}
