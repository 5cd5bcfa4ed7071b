import { randomUUID } from 'node:crypto';
import type { BatchFormat, JobStatus } from '../../../shared/api/documents';
import { documentsFr } from '../../../shared/i18n/fr/documents';
import { AppError, conflict, notFound } from '../errors';
import type { BatchPlan } from './kind';

const t = documentsFr.jobs;

/** What a finished batch hands over: the file, and its pages for the archive. */
export interface JobResult {
  bytes: Buffer;
  mimeType: 'application/pdf' | 'application/zip';
  pageCount: number;
}

/** What a job's work sees of its job: whether to stop, and where to report progress. */
export interface JobControl {
  readonly cancelled: boolean;
  progress(done: number): void;
}

/** A job's rendering: resolves with the file, or null once it saw `cancelled`. */
export type JobWork = (control: JobControl) => Promise<JobResult | null>;

export interface BatchJob {
  id: string;
  userId: number;
  plan: BatchPlan<unknown>;
  format: BatchFormat;
  fileName: string;
  state: JobStatus['state'];
  done: number;
  total: number;
  message: string | null;
  result: JobResult | null;
  /** When it stopped running (ms since the epoch, registry clock); null while running. */
  finishedAt: number | null;
  /** The archive row once collected: collecting again returns it instead of a new version. */
  collectedId: number | null;
}

export interface DocumentJobsOptions {
  now: () => Date;
  logError: (method: string, error: unknown) => void;
  maxRunningPerUser?: number;
  /** How long a finished or cancelled job is kept for its owner to collect or look at. */
  keepMs?: number;
}

/**
 * Batches of issued documents being rendered, in memory, one service per registry. A batch is
 * read in its call's transaction (the plan), then rendered here one learner at a time, yielding
 * to the event loop between learners so that status and cancel calls are answered meanwhile.
 * Nothing is written anywhere until the owner collects the result (documents.collect), so a
 * cancelled or failed batch leaves nothing behind; jobs are forgotten 30 minutes after they end.
 */
export class DocumentJobs {
  private readonly jobs = new Map<string, BatchJob>();
  private readonly maxRunning: number;
  private readonly keepMs: number;

  constructor(private readonly options: DocumentJobsOptions) {
    this.maxRunning = options.maxRunningPerUser ?? 2;
    this.keepMs = options.keepMs ?? 30 * 60 * 1000;
  }

  /** Refuses a new batch to a user who already has the most running (checked again on start). */
  assertCanStart(userId: number): void {
    this.prune();
    let running = 0;
    for (const job of this.jobs.values()) if (job.userId === userId && job.state === 'running') running++;
    if (running >= this.maxRunning) throw conflict(t.tooMany(this.maxRunning));
  }

  /** Registers a running job and starts its work on the next turn of the event loop. */
  start(
    userId: number,
    spec: { plan: BatchPlan<unknown>; format: BatchFormat; fileName: string },
    work: JobWork,
  ): BatchJob {
    this.assertCanStart(userId);
    const job: BatchJob = {
      id: randomUUID(),
      userId,
      ...spec,
      state: 'running',
      done: 0,
      total: spec.plan.documents.length,
      message: null,
      result: null,
      finishedAt: null,
      collectedId: null,
    };
    this.jobs.set(job.id, job);
    void this.execute(job, work);
    return job;
  }

  /** The caller's job; another user's is as unknown as one that never existed. */
  find(userId: number, jobId: string): BatchJob {
    this.prune();
    const job = this.jobs.get(jobId);
    if (!job || job.userId !== userId) throw notFound(t.notFound);
    return job;
  }

  /** Stops a running job before its next learner, or drops a finished one nobody collected. */
  cancel(userId: number, jobId: string): BatchJob {
    const job = this.find(userId, jobId);
    if (job.collectedId !== null) throw conflict(t.alreadyArchived);
    if (job.state === 'running' || job.state === 'done') this.stop(job, 'cancelled', null);
    return job;
  }

  /** A finished job to collect; refuses one still running, cancelled or failed. */
  finished(userId: number, jobId: string): BatchJob {
    const job = this.find(userId, jobId);
    if (job.state === 'running') throw conflict(t.notFinished);
    if (job.state === 'cancelled') throw conflict(t.cancelled);
    if (job.state === 'failed') throw new AppError('CONFLICT', job.message ?? t.failed);
    return job;
  }

  /** How many jobs are held (running or kept), for tests of expiry. */
  get size(): number {
    this.prune();
    return this.jobs.size;
  }

  private async execute(job: BatchJob, work: JobWork): Promise<void> {
    const control: JobControl = {
      get cancelled() {
        return job.state !== 'running';
      },
      progress(done) {
        if (job.state === 'running') job.done = done;
      },
    };
    try {
      // The job starts after the call that started it has answered.
      await new Promise((resolve) => setImmediate(resolve));
      const result = await work(control);
      if (job.state !== 'running') return;
      if (!result) throw new Error('a batch ended without a file although it was not cancelled');
      job.done = job.total;
      job.result = result;
      this.stop(job, 'done', null);
    } catch (error) {
      if (job.state !== 'running') return;
      this.options.logError('documents.start', error);
      this.stop(job, 'failed', t.failed);
    }
  }

  private stop(job: BatchJob, state: 'done' | 'cancelled' | 'failed', message: string | null): void {
    job.state = state;
    job.message = message;
    if (state !== 'done') job.result = null;
    job.finishedAt = this.options.now().getTime();
    // A result nobody collects must not stay in memory until the next call happens to prune.
    setTimeout(() => this.prune(), this.keepMs + 1000).unref();
  }

  private prune(): void {
    const now = this.options.now().getTime();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== null && now - job.finishedAt >= this.keepMs) this.jobs.delete(id);
    }
  }
}

/** A job as documents.status answers. */
export function jobStatus(job: BatchJob): JobStatus {
  return { jobId: job.id, state: job.state, done: job.done, total: job.total, message: job.message };
}
