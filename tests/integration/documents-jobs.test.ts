import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/api/documents';
import { documentKinds } from '../../electron/backend/features/documents/kinds';
import { checksum } from '../helpers/backend';
import { finish, reportCardsOf, start, tableCount, turn } from './documents-helpers';
import { call, documentsWorld, refused, value, type DocumentsWorld } from './documents-setup';

let w: DocumentsWorld;
afterEach(() => w?.b.close());

describe('batches belong to whoever started them', () => {
  it('answers NOT_FOUND to another user, even an administrator, and changes nothing', async () => {
    w = await documentsWorld();
    const started = await start(w, reportCardsOf(w), 'pdf', w.tokens.adviser);
    for (const method of ['documents.status', 'documents.cancel', 'documents.collect']) {
      const error = await refused(
        w,
        () => call(w, method, { jobId: started.jobId }, w.tokens.manager),
        'NOT_FOUND',
      );
      expect(error.message).toContain('n’existe plus');
    }
    const unknown = await call(w, 'documents.status', { jobId: crypto.randomUUID() }, w.tokens.adviser);
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
    expect((await finish(w, started.jobId, w.tokens.adviser)).state).toBe('done');
  });

  it('refuses a third running batch to the same user, in French, while another user may start', async () => {
    w = await documentsWorld(30);
    const first = await start(w, reportCardsOf(w));
    await start(w, reportCardsOf(w));
    const error = await refused(
      w,
      () => call(w, 'documents.start', { request: reportCardsOf(w), format: 'pdf' }, w.tokens.adviser),
      'CONFLICT',
    );
    expect(error.message).toBe(
      'Vous avez déjà 2 générations en cours : attendez qu’une se termine ou annulez-en une.',
    );
    await start(w, reportCardsOf(w), 'pdf', w.tokens.manager);
    await value(w, 'documents.cancel', { jobId: first.jobId }, w.tokens.adviser);
    await start(w, reportCardsOf(w));
  });

  it('forgets a finished or cancelled batch 30 minutes after it ended', async () => {
    w = await documentsWorld();
    const done = await start(w, reportCardsOf(w));
    await finish(w, done.jobId);
    const cancelled = await start(w, reportCardsOf(w));
    await value(w, 'documents.cancel', { jobId: cancelled.jobId }, w.tokens.adviser);
    w.b.clock.now = new Date(w.b.clock.now.getTime() + 29 * 60_000);
    expect(
      (await value<JobStatus>(w, 'documents.status', { jobId: done.jobId }, w.tokens.adviser)).state,
    ).toBe('done');
    w.b.clock.now = new Date(w.b.clock.now.getTime() + 60_000);
    for (const jobId of [done.jobId, cancelled.jobId]) {
      const gone = await call(w, 'documents.collect', { jobId }, w.tokens.adviser);
      expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
    }
  });

  it('marks a batch failed, in French, when rendering throws, logs it and archives nothing', async () => {
    w = await documentsWorld();
    const before = checksum(w.b.db);
    const draw = documentKinds.reportCards.draw;
    let drawn = 0;
    documentKinds.reportCards.draw = (pdf, document, plan) => {
      if (++drawn === 3) throw new Error('image illisible');
      draw(pdf, document, plan);
    };
    try {
      const started = await start(w, reportCardsOf(w));
      const status = await finish(w, started.jobId);
      expect(status).toMatchObject({ state: 'failed', done: 2 });
      expect(status.message).toContain('La génération des documents a échoué');
      expect(w.b.errors).toHaveLength(1);
      const collect = await call(w, 'documents.collect', { jobId: started.jobId }, w.tokens.adviser);
      expect(collect.ok ? null : collect.error).toMatchObject({ code: 'CONFLICT', message: status.message });
    } finally {
      documentKinds.reportCards.draw = draw;
    }
    expect(checksum(w.b.db)).toBe(before);
    expect(tableCount(w, 'stored_files')).toBe(0);
  });

  it('answers status calls while it renders, one learner at a time', async () => {
    w = await documentsWorld(12);
    const started = await start(w, reportCardsOf(w));
    const seen = new Set<number>();
    for (;;) {
      const status = await value<JobStatus>(
        w,
        'documents.status',
        { jobId: started.jobId },
        w.tokens.adviser,
      );
      seen.add(status.done);
      if (status.state !== 'running') break;
      await turn();
    }
    // Progress was reported in steps, not only at the end.
    expect(seen.size).toBeGreaterThan(3);
    expect([...seen].every((n) => n >= 0 && n <= 12)).toBe(true);
  });
});
