import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../shared/api/fields';
import { checksum, userWithRole } from '../helpers/backend';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { call, plan, planningWorld, value, type PlanningWorld } from './planning-setup';

let w: PlanningWorld;
beforeEach(async () => {
  w = await planningWorld();
});
afterEach(() => w.b.close());

async function exportPdf(input: Record<string, unknown>, token = w.admin) {
  const file = await value<FileDownload>(w, 'planning.exportPdf', input, token);
  const pdf = Buffer.from(file.contentBase64, 'base64');
  if (process.env.CARNET_KEEP_PDF) writeFileSync(`${process.env.CARNET_KEEP_PDF}/${file.fileName}`, pdf);
  return { file, pdf, text: pdfText(pdf) };
}

async function planned(overrides: Record<string, unknown>) {
  const result = await plan(w, overrides);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
}

describe('planning.exportPdf', () => {
  it('prints a group’s week on one A4 landscape page with the sessions, times and totals', async () => {
    await planned({});
    await planned({
      date: '2026-03-04',
      slot: 'afternoon',
      roomId: null,
      modality: 'distance',
      note: 'Prévoir le casque',
    });
    await planned({ groupId: w.g2, date: '2026-03-05', trainerId: w.dupont });

    const { file, pdf, text } = await exportPdf({
      view: 'group',
      id: w.g1,
      period: 'week',
      date: '2026-03-04',
    });
    expect(file).toMatchObject({
      fileName: 'Planning_NDRC_2025-2027_G1_semaine_2026-03-02.pdf',
      mimeType: 'application/pdf',
    });
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({
      pages: 1,
      width: 842,
      height: 595,
      title: 'Planning — G1 (NDRC 2025-2027)',
    });
    expect(info.fonts).toMatch(/DejaVuSansCondensed/);
    expect(info.fonts).not.toMatch(/Helvetica/);
    expect(text).toContain('Planning — G1 (NDRC 2025-2027)');
    expect(text).toContain('Semaine 10 — du lundi 2 mars 2026 au samedi 7 mars 2026');
    expect(text).toMatch(/Total : 7 h 30 — 2 séances/);
    expect(text).toContain('Lundi 02/03');
    expect(text).toContain('Vendredi 06/03');
    expect(text).toContain('8h15 – 12h00');
    expect(text).toContain('Claire Dupont');
    expect(text).toContain('Salle 12');
    expect(text).toContain('FOAD');
    expect(text).toContain('Prévoir le casque');
    expect(text).toContain('page 1 / 1');
    // G2's session on Thursday is not G1's.
    expect(text.match(/Claire Dupont/g)).toHaveLength(2);
  });

  it('prints a trainer’s month with every group they teach, and names the day’s facts', async () => {
    await planned({});
    await planned({ groupId: w.g2, date: '2026-03-10', slot: 'afternoon' });
    const { text, pdf } = await exportPdf({
      view: 'trainer',
      id: w.dupont,
      period: 'month',
      date: '2026-03-17',
    });
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(text).toContain('Planning — Formateur : Claire Dupont');
    expect(text).toContain('Mars 2026');
    expect(text).toMatch(/G1 \(NDRC 2025-2027\)/);
    expect(text).toMatch(/G2 \(NDRC 2025-2027\)/);
    expect(text).toMatch(/Total : 7 h 30 — 2 séances/);
  });

  it('marks public holidays on a month', async () => {
    const { text } = await exportPdf({ view: 'group', id: w.g1, period: 'month', date: '2026-05-01' });
    expect(text).toContain('Férié : Fête du Travail');
    expect(text).toContain('Aucune séance sur la période.');
  });

  it('prints a learner’s week from the groups they are in', async () => {
    await planned({});
    const learner = (
      w.b.db
        .prepare('SELECT learner_id AS id FROM group_memberships WHERE group_id = ? LIMIT 1')
        .get(w.g1) as { id: number }
    ).id;
    const { text } = await exportPdf({ view: 'learner', id: learner, period: 'week', date: '2026-03-03' });
    expect(text).toContain('Apprenant : Alex G1-01');
    expect(text).toContain('Claire Dupont');
  });

  it('is open to every role, reads only, and refuses a missing trainer in French', async () => {
    await planned({});
    const adviser = await userWithRole(w.b.app, w.admin, 'adviser');
    const before = checksum(w.b.db);
    await exportPdf({ view: 'room', id: w.room12, period: 'week', date: '2026-03-03' }, adviser);
    expect(checksum(w.b.db)).toBe(before);
    const result = await call(w, 'planning.exportPdf', {
      view: 'trainer',
      id: 999,
      period: 'week',
      date: '2026-03-03',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
