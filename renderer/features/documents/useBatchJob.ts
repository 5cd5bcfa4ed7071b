import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchFormat, DocumentRequest, IssuedDocument, JobStatus } from '../../../shared/api/documents';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';
import { call } from '../../api';
import { saveDownload } from '../../files';

/** How often the progress is asked for: often enough to move smoothly, cheap for the backend. */
const POLL_MS = 150;

export type BatchView =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'collecting'; total: number }
  | { phase: 'done'; total: number; issued: IssuedDocument; fileName: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string; fields: Record<string, string> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One batch at a time: started, polled until it ends, then collected (archived) and saved.
 * Polling stops when the batch ends, is cancelled, or the page goes away — and a batch nobody
 * is waiting for any more is cancelled, so nothing of it lingers.
 */
export function useBatchJob() {
  const [view, setView] = useState<BatchView>({ phase: 'idle' });
  /** The batch this page is following; cleared when it ends or is cancelled. */
  const following = useRef<string | null>(null);
  /** "Annuler" pressed before the backend answered the start. */
  const cancelPending = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const jobId = following.current;
      following.current = null;
      if (jobId) void call('documents.cancel', { jobId });
    };
  }, []);

  const start = useCallback(async (request: DocumentRequest, format: BatchFormat) => {
    cancelPending.current = false;
    setView({ phase: 'starting' });
    const started = await call('documents.start', { request, format });
    if (!started.ok) {
      if (mounted.current)
        setView({ phase: 'failed', message: started.error.message, fields: started.error.fields ?? {} });
      return;
    }
    const jobId = started.value.jobId;
    if (!mounted.current || cancelPending.current) {
      void call('documents.cancel', { jobId });
      if (mounted.current) setView({ phase: 'cancelled' });
      return;
    }
    following.current = jobId;
    let status: JobStatus = started.value;
    while (status.state === 'running') {
      setView({ phase: 'running', done: status.done, total: status.total });
      await sleep(POLL_MS);
      if (following.current !== jobId) return; // cancelled here, or the page went away
      const next = await call('documents.status', { jobId });
      if (following.current !== jobId) return;
      if (!next.ok) {
        following.current = null;
        return setView({ phase: 'failed', message: next.error.message, fields: {} });
      }
      status = next.value;
    }
    following.current = null;
    if (status.state === 'cancelled') return setView({ phase: 'cancelled' });
    if (status.state === 'failed') {
      return setView({ phase: 'failed', message: status.message ?? t.failed, fields: {} });
    }
    setView({ phase: 'collecting', total: status.total });
    const collected = await call('documents.collect', { jobId });
    if (!collected.ok) {
      if (mounted.current) setView({ phase: 'failed', message: collected.error.message, fields: {} });
      return;
    }
    saveDownload(collected.value.download);
    if (mounted.current) {
      setView({
        phase: 'done',
        total: status.total,
        issued: collected.value.issued,
        fileName: collected.value.download.fileName,
      });
    }
  }, []);

  const cancel = useCallback(async () => {
    const jobId = following.current;
    if (!jobId) {
      cancelPending.current = true;
      return;
    }
    following.current = null;
    const result = await call('documents.cancel', { jobId });
    if (!mounted.current) return;
    setView(
      result.ok ? { phase: 'cancelled' } : { phase: 'failed', message: result.error.message, fields: {} },
    );
  }, []);

  const reset = useCallback(() => setView({ phase: 'idle' }), []);

  const busy = view.phase === 'starting' || view.phase === 'running' || view.phase === 'collecting';
  return { view, busy, start, cancel, reset };
}
