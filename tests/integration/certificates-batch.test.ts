import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo } from '../helpers/pdf';
import { issue } from './documents-helpers';
import { attestationsWorld, renderBatch, textsOf, type AttestationsWorld } from './attestations-setup';

/** A month's certificates for a group of 30: one page each, each numbered within its learner. */

let w: AttestationsWorld;
beforeAll(async () => {
  w = await attestationsWorld(30);
});
afterAll(() => w.b.close());

describe('a batch of 30 certificates', () => {
  it('gives one PDF of 30 pages, one certificate per learner', async () => {
    const request = {
      kind: 'certificates',
      cohortId: w.cohortId,
      groupId: w.groupId,
      from: '2026-03-01',
      to: '2026-03-31',
    };
    const started = performance.now();
    const { bytes, issued } = await issue(w, request);
    console.log(`30 certificates, start → collected: ${(performance.now() - started).toFixed(0)} ms`);
    expect(issued.pageCount).toBe(30);
    expect(pdfInfo(bytes).pages).toBe(30);
    const { flat } = textsOf(bytes);
    expect(flat.match(/page 1 \/ 1/g)).toHaveLength(30);
    expect(flat.match(/CERTIFICAT DE RÉALISATION/g)).toHaveLength(30);
    expect(flat).toContain('Cédric VASSEUR-30');
  });

  it('plans and renders them directly as the job does', async () => {
    const { pages, plan } = await renderBatch(w, {
      kind: 'certificates',
      cohortId: w.cohortId,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(plan.documents).toHaveLength(30);
    expect(pages).toBe(30);
  });
});
