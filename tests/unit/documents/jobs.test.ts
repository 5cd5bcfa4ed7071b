import { describe, expect, it } from 'vitest';
import { DocumentJobs, jobStatus, type JobControl } from '../../../electron/backend/documents/jobs';
import type { BatchPlan } from '../../../electron/backend/documents/kind';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const plan = (learners: number) =>
  ({
    documents: Array.from({ length: learners }, (_, i) => ({ learnerId: i + 1 })),
  }) as unknown as BatchPlan<unknown>;

function setup() {
  const clock = { now: new Date('2026-03-02T08:00:00Z') };
  const errors: unknown[] = [];
  const jobs = new DocumentJobs({ now: () => clock.now, logError: (_m, e) => errors.push(e) });
  return { clock, errors, jobs };
}

/** Work that renders one learner per turn until told to stop. */
const stepwise = (total: number) => async (control: JobControl) => {
  for (let i = 1; i <= total; i++) {
    await turn();
    if (control.cancelled) return null;
    control.progress(i);
  }
  return { bytes: Buffer.from('%PDF-'), mimeType: 'application/pdf' as const, pageCount: total };
};

async function settle(jobs: DocumentJobs, userId: number, jobId: string) {
  while (jobs.find(userId, jobId).state === 'running') await turn();
  return jobs.find(userId, jobId);
}

describe('the jobs service', () => {
  it('runs a job after the call that started it, reports progress and keeps the result', async () => {
    const { jobs } = setup();
    const job = jobs.start(1, { plan: plan(3), format: 'pdf', fileName: 'a.pdf' }, stepwise(3));
    expect(jobStatus(job)).toEqual({ jobId: job.id, state: 'running', done: 0, total: 3, message: null });
    const done = await settle(jobs, 1, job.id);
    expect(done).toMatchObject({ state: 'done', done: 3 });
    expect(jobs.finished(1, job.id).result?.pageCount).toBe(3);
  });

  it('hides a job from anyone but its owner', () => {
    const { jobs } = setup();
    const job = jobs.start(1, { plan: plan(1), format: 'pdf', fileName: 'a.pdf' }, stepwise(1));
    expect(() => jobs.find(2, job.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => jobs.cancel(2, job.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('allows two running jobs per user', async () => {
    const { jobs } = setup();
    const spec = { plan: plan(5), format: 'pdf' as const, fileName: 'a.pdf' };
    const first = jobs.start(1, spec, stepwise(5));
    jobs.start(1, spec, stepwise(5));
    expect(() => jobs.start(1, spec, stepwise(5))).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    jobs.start(2, spec, stepwise(5));
    await settle(jobs, 1, first.id);
    jobs.start(1, spec, stepwise(5));
  });

  it('stops a cancelled job at its next step and drops its result; refuses to hand it over', async () => {
    const { jobs } = setup();
    const job = jobs.start(1, { plan: plan(50), format: 'zip', fileName: 'a.zip' }, stepwise(50));
    while (job.done < 2) await turn();
    jobs.cancel(1, job.id);
    for (let i = 0; i < 60; i++) await turn();
    expect(job).toMatchObject({ state: 'cancelled', result: null });
    expect(job.done).toBeLessThan(50);
    expect(() => jobs.finished(1, job.id)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('marks a job failed when its work throws, logs the error and keeps the process alive', async () => {
    const { jobs, errors } = setup();
    const job = jobs.start(1, { plan: plan(2), format: 'pdf', fileName: 'a.pdf' }, async () => {
      await turn();
      throw new Error('boom');
    });
    const failed = await settle(jobs, 1, job.id);
    expect(failed.state).toBe('failed');
    expect(failed.message).toMatch(/^La génération des documents a échoué/);
    expect(errors).toHaveLength(1);
  });

  it('forgets jobs 30 minutes after they ended, never while they run', async () => {
    const { jobs, clock } = setup();
    const spec = { plan: plan(1), format: 'pdf' as const, fileName: 'a.pdf' };
    const done = jobs.start(1, spec, stepwise(1));
    await settle(jobs, 1, done.id);
    const running = jobs.start(1, spec, () => new Promise(() => {}));
    clock.now = new Date(clock.now.getTime() + 30 * 60_000);
    expect(() => jobs.find(1, done.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(jobs.find(1, running.id).state).toBe('running');
    expect(jobs.size).toBe(1);
  });
});
