import JSZip from 'jszip';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo } from '../helpers/pdf';
import { issue } from './documents-helpers';
import { attestationsWorld, renderBatch, textsOf, type AttestationsWorld } from './attestations-setup';

/** A cohort's worth of attestations: one page per learner, in one PDF or a ZIP of 30. */

let w: AttestationsWorld;
beforeAll(async () => {
  w = await attestationsWorld(30);
});
afterAll(() => w.b.close());

describe('a batch of 30 attestations', () => {
  it('plans and renders 30 one-page attestations (time printed, not asserted)', async () => {
    const request = { kind: 'attestations', cohortId: w.cohortId } as const;
    await renderBatch(w, request); // warm-up: fonts read, statements prepared
    const started = performance.now();
    const cpu = process.cpuUsage();
    const { pdf, pages, plan } = await renderBatch(w, request);
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    // CPU time beside wall time: on a shared machine the wall clock also counts other processes.
    const cpuMs = (used.user + used.system) / 1000;
    console.log(
      `30 attestations, plan + render: ${elapsed.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (${(pdf.length / 1024).toFixed(0)} KiB)`,
    );
    expect(plan.documents).toHaveLength(30);
    expect(pages).toBe(30);
    expect(pdfInfo(pdf).pages).toBe(30);
  });

  it('issues them as one PDF of 30 pages, each numbered within its learner', async () => {
    const { bytes, issued } = await issue(w, {
      kind: 'attestations',
      cohortId: w.cohortId,
      groupId: w.groupId,
    });
    expect(issued.pageCount).toBe(30);
    expect(pdfInfo(bytes).pages).toBe(30);
    const { flat } = textsOf(bytes);
    expect(flat.match(/page 1 \/ 1/g)).toHaveLength(30);
    expect(flat.match(/Attestation de fin de formation/g)).toHaveLength(30);
    expect(flat).toContain('Cédric VASSEUR-30');
  });

  it('issues them as a ZIP of 30 PDFs named after each learner', async () => {
    const { bytes, issued } = await issue(w, { kind: 'attestations', cohortId: w.cohortId }, 'zip');
    expect(issued.mimeType).toBe('application/zip');
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(30);
    expect(names.slice(0, 4)).toEqual([
      'BERANGER_Eloise_attestation.pdf',
      'DUPONT_Marie_attestation.pdf',
      'FABRE_Noe_attestation.pdf',
      'LEFEVRE-CA_Zoe_attestation.pdf',
    ]);
    const first = await zip.file('LEFEVRE-CA_Zoe_attestation.pdf')!.async('nodebuffer');
    expect(pdfInfo(first).pages).toBe(1);
    expect(textsOf(first).flat).toContain('Zoé LEFÈVRE-ÇA');
  });
});
