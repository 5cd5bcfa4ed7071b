import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/api/documents';
import { checksum } from '../helpers/backend';
import { asExtracted, pdfInfo, pdfText } from '../helpers/pdf';
import {
  finish,
  issue,
  keep,
  reportCardsOf,
  setCentre,
  start,
  tableCount,
  turn,
  type Collected,
} from './documents-helpers';
import { call, documentsWorld, refused, setMark, value, type DocumentsWorld } from './documents-setup';

let w: DocumentsWorld;
afterEach(() => w?.b.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('a batch of report cards', () => {
  it('renders 30 learners into one PDF of 30 pages, each numbered on its own, and archives it', async () => {
    w = await documentsWorld(30);
    await setCentre(w);
    // As on the screen: the preview of the first card comes before the batch.
    await value(w, 'documents.preview', reportCardsOf(w), w.tokens.adviser);
    const began = performance.now();
    const cpu = process.cpuUsage();
    const started = await start(w, reportCardsOf(w));
    expect(started).toMatchObject({
      state: 'running',
      done: 0,
      total: 30,
      fileName: 'Bulletins_NDRC_1A_S1.pdf',
    });
    const status = await finish(w, started.jobId);
    const elapsed = performance.now() - began;
    const used = process.cpuUsage(cpu);
    // Wall time depends on the machine's load; the process's CPU time less so.
    console.log(
      `[bench] 30 report cards, start → done: ${elapsed.toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms)`,
    );
    expect(status).toMatchObject({ state: 'done', done: 30, total: 30, message: null });

    const collected = await value<Collected>(
      w,
      'documents.collect',
      { jobId: started.jobId },
      w.tokens.adviser,
    );
    const pdf = Buffer.from(collected.download.contentBase64, 'base64');
    keep('bulletins-30', pdf);
    expect(pdfInfo(pdf).pages).toBe(30);
    const pages = asExtracted(pdfText(pdf)).split('\f').slice(0, 30);
    expect(pages.every((page) => page.includes('page 1 / 1'))).toBe(true);
    expect(pages[0]).toContain('BÉRANGER Éloïse');
    expect(pages[29]).toContain('VASSEUR-30 Cédric');
    expect(collected.download).toMatchObject({
      fileName: 'Bulletins_NDRC_1A_S1.pdf',
      mimeType: 'application/pdf',
    });
    expect(collected.issued).toMatchObject({
      kind: 'reportCards',
      version: 1,
      title: 'Bulletins de notes — NDRC 1A — Semestre 1',
      periodLabel: 'Semestre 1',
      cohortId: w.cohortId,
      groupId: w.groupId,
      fileName: 'Bulletins_NDRC_1A_S1.pdf',
      mimeType: 'application/pdf',
      size: pdf.length,
      pageCount: 30,
      sha256: sha256(pdf),
      issuedBy: 'Sébastien Conseiller',
      issuedAt: '2026-03-02T08:15:00.000Z',
    });
    expect(collected.issued.learners).toHaveLength(30);
    expect(collected.issued.learners[0]).toEqual({ id: w.learners[0], name: 'BÉRANGER Éloïse' });
    const audit = w.b.db.prepare("SELECT target FROM audit_log WHERE action = 'documents.collect'").all();
    expect(audit).toEqual([{ target: `issued_document:${collected.issued.id}` }]);
  });

  it('zips one PDF per learner named NOM_Prenom_S1.pdf, never twice the same name', async () => {
    w = await documentsWorld(30);
    // Two learners with the same name: the second file gets a suffix.
    w.b.db
      .prepare("UPDATE learners SET surname = 'Béranger', first_name = 'Éloïse' WHERE id = ?")
      .run(w.learners[29]);
    const { bytes, issued, download } = await issue(w, reportCardsOf(w), 'zip');
    expect(download).toMatchObject({ fileName: 'Bulletins_NDRC_1A_S1.zip', mimeType: 'application/zip' });
    expect(issued).toMatchObject({ pageCount: 30, mimeType: 'application/zip', sha256: sha256(bytes) });

    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(30);
    expect(names).toContain('BERANGER_Eloise_S1.pdf');
    expect(names).toContain('BERANGER_Eloise_S1_2.pdf');
    expect(names).toContain('DUPONT_Marie_S1.pdf');
    expect(names).toContain('LEFEVRE-CA_Zoe_S1.pdf');
    expect(names).toContain('VASSEUR-09_Cedric_S1.pdf');
    const lefevre = await zip.file('LEFEVRE-CA_Zoe_S1.pdf')!.async('nodebuffer');
    expect(pdfInfo(lefevre)).toMatchObject({
      pages: 1,
      title: 'Bulletins de notes — NDRC 1A — Semestre 1 — LEFÈVRE-ÇA Zoé',
    });
    expect(asExtracted(pdfText(lefevre))).toContain('LEFÈVRE-ÇA Zoé');
  });

  it('stops when cancelled, refuses to collect, and leaves nothing in the database', async () => {
    w = await documentsWorld(30);
    const before = checksum(w.b.db);
    const started = await start(w, reportCardsOf(w));
    let status: JobStatus = started;
    while (status.done < 2) {
      await turn();
      status = await value<JobStatus>(w, 'documents.status', { jobId: started.jobId }, w.tokens.adviser);
    }
    expect(status.state).toBe('running');
    const cancelled = await value<JobStatus>(
      w,
      'documents.cancel',
      { jobId: started.jobId },
      w.tokens.adviser,
    );
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(30);
    for (let i = 0; i < 40; i++) await turn();
    const later = await value<JobStatus>(w, 'documents.status', { jobId: started.jobId }, w.tokens.adviser);
    expect(later).toEqual(cancelled);
    const error = await refused(
      w,
      () => call(w, 'documents.collect', { jobId: started.jobId }, w.tokens.adviser),
      'CONFLICT',
    );
    expect(error.message).toContain('annulée');
    expect(checksum(w.b.db)).toBe(before);
    expect(tableCount(w, 'stored_files')).toBe(0);
    expect(tableCount(w, 'issued_documents')).toBe(0);
  });

  it('issues a new version after a mark changes; the first still downloads byte for byte with its figures', async () => {
    w = await documentsWorld();
    const request = reportCardsOf(w, { learnerIds: [w.learners[0]] });
    const first = await issue(w, request);
    expect(first.issued).toMatchObject({ version: 1, fileName: 'BERANGER_Eloise_S1.pdf', pageCount: 1 });
    expect(asExtracted(pdfText(first.bytes))).toMatch(/Culture générale et\s+13,33/);

    // 12 → 18 in the first culture evaluation: (18 + 28) / 3 = 15,33.
    setMark(w, w.evaluations.cultureHomework, w.learners[0]!, 18);
    w.b.clock.now = new Date('2026-03-02T10:00:00Z');
    const second = await issue(w, request);
    expect(second.issued).toMatchObject({ version: 2, issuedAt: '2026-03-02T10:00:00.000Z' });
    expect(asExtracted(pdfText(second.bytes))).toMatch(/Culture générale et\s+15,33/);

    const again = await value<{ contentBase64: string }>(
      w,
      'documents.download',
      { id: first.issued.id },
      w.tokens.manager,
    );
    const bytes = Buffer.from(again.contentBase64, 'base64');
    expect(bytes.equals(first.bytes)).toBe(true);
    expect(sha256(bytes)).toBe(first.issued.sha256);
    expect(asExtracted(pdfText(bytes))).toMatch(/Culture générale et\s+13,33/);

    // The whole group is another scope: its own version 1.
    const group = await issue(w, reportCardsOf(w));
    expect(group.issued.version).toBe(1);
  });

  it('collects a batch once: collecting again returns the same archived row', async () => {
    w = await documentsWorld();
    const started = await start(w, reportCardsOf(w));
    const early = await call(w, 'documents.collect', { jobId: started.jobId }, w.tokens.adviser);
    expect(early.ok ? null : early.error).toMatchObject({ code: 'CONFLICT' });
    expect(early.ok ? '' : early.error.message).toContain('pas encore terminée');
    await finish(w, started.jobId);
    const once = await value<Collected>(w, 'documents.collect', { jobId: started.jobId }, w.tokens.adviser);
    const twice = await value<Collected>(w, 'documents.collect', { jobId: started.jobId }, w.tokens.adviser);
    expect(twice.issued).toEqual(once.issued);
    expect(twice.download).toEqual(once.download);
    expect(tableCount(w, 'issued_documents')).toBe(1);
    expect(tableCount(w, 'stored_files')).toBe(1);
    const cancel = await call(w, 'documents.cancel', { jobId: started.jobId }, w.tokens.adviser);
    expect(cancel.ok ? null : cancel.error.code).toBe('CONFLICT');
  });
});
