import { afterEach, describe, expect, it } from 'vitest';
import type { IssuedDocument } from '../../shared/api/documents';
import { checksum } from '../helpers/backend';
import { issue, reportCardsOf, tableCount } from './documents-helpers';
import { call, documentsWorld, refused, value, type DocumentsWorld } from './documents-setup';

let w: DocumentsWorld;
afterEach(() => w?.b.close());

const archive = (filter: Record<string, unknown> = {}, token = w.tokens.adviser) =>
  value<{ items: IssuedDocument[] }>(w, 'documents.archive', filter, token);

describe('who may issue documents', () => {
  it('refuses trainers every documents.* method and lets advisers, managers and admins issue', async () => {
    w = await documentsWorld();
    const jobId = crypto.randomUUID();
    for (const [method, input] of [
      ['documents.preview', reportCardsOf(w)],
      ['documents.start', { request: reportCardsOf(w), format: 'pdf' }],
      ['documents.status', { jobId }],
      ['documents.cancel', { jobId }],
      ['documents.collect', { jobId }],
      ['documents.archive', {}],
      ['documents.download', { id: 1 }],
    ] as const) {
      await refused(w, () => call(w, method, input, w.tokens.trainer), 'FORBIDDEN');
    }
    for (const token of [w.tokens.adviser, w.tokens.manager, w.tokens.admin]) {
      await value(w, 'documents.preview', reportCardsOf(w, { learnerIds: [w.learners[2]] }), token);
    }
  });

  it('previews without writing anything', async () => {
    w = await documentsWorld();
    const before = checksum(w.b.db);
    await value(w, 'documents.preview', reportCardsOf(w), w.tokens.adviser);
    expect(checksum(w.b.db)).toBe(before);
  });
});

describe('refusals of a report-card batch', () => {
  it('says what is wrong, at the field, and changes nothing', async () => {
    w = await documentsWorld();
    const emptyGroup = Number(
      w.b.db
        .prepare(
          "INSERT INTO groups (cohort_id, name, created_at) VALUES (?, 'NDRC 1B', '2026-01-05T08:00:00.000Z')",
        )
        .run(w.cohortId).lastInsertRowid,
    );
    const cases: [Record<string, unknown>, string, string, string][] = [
      [{ groupId: 9999 }, 'NOT_FOUND', 'groupId', 'Ce groupe n’existe plus. Rechargez la page.'],
      [{ periodId: 9999 }, 'NOT_FOUND', 'periodId', 'Cette période n’existe plus. Rechargez la page.'],
      [
        { periodId: w.other.periodId },
        'INVALID_INPUT',
        'periodId',
        'La période « Semestre 1 » n’appartient pas à la promotion du groupe NDRC 1A : choisissez une période de sa promotion.',
      ],
      [
        { groupId: emptyGroup },
        'INVALID_INPUT',
        'groupId',
        'Le groupe NDRC 1B n’a aucun apprenant pendant la période « Semestre 1 » : aucun bulletin à éditer.',
      ],
      [
        { learnerIds: [w.learners[0], w.other.learners[0]] },
        'INVALID_INPUT',
        'learnerIds',
        '1 apprenant choisi n’était pas dans le groupe NDRC 1A pendant la période « Semestre 1 ».',
      ],
    ];
    for (const [change, code, field, message] of cases) {
      for (const [method, input] of [
        ['documents.preview', reportCardsOf(w, change)],
        ['documents.start', { request: reportCardsOf(w, change), format: 'zip' }],
      ] as const) {
        const error = await refused(w, () => call(w, method, input, w.tokens.adviser), code);
        expect(error.message).toBe(message);
        expect(error.fields?.[field]).toBe(message);
      }
    }
    const badInput = await refused(
      w,
      () => call(w, 'documents.start', { request: reportCardsOf(w, { learnerIds: [] }), format: 'pdf' }),
      'INVALID_INPUT',
    );
    expect(badInput.fields).toHaveProperty(['request.learnerIds']);
    await refused(w, () => call(w, 'documents.download', { id: 4242 }, w.tokens.adviser), 'NOT_FOUND');
  });
});

describe('the archive', () => {
  it('lists issued documents newest first with their learners and issuer, filtered as asked', async () => {
    w = await documentsWorld();
    const one = await issue(w, reportCardsOf(w, { learnerIds: [w.learners[3]] }), 'pdf', w.tokens.adviser);
    w.b.clock.now = new Date('2026-03-02T09:00:00Z');
    const all = await issue(w, reportCardsOf(w), 'zip', w.tokens.manager);
    w.b.clock.now = new Date('2026-03-02T09:30:00Z');
    const open = await issue(w, reportCardsOf(w, { periodId: w.openPeriod }), 'pdf', w.tokens.admin);

    const { items } = await archive();
    expect(items.map((i) => i.id)).toEqual([open.issued.id, all.issued.id, one.issued.id]);
    expect(items[0]).toMatchObject({
      title: 'Bulletins de notes — NDRC 1A — Semestre 2',
      periodLabel: 'Semestre 2',
      issuedBy: 'Anne Administratrice',
      version: 1,
    });
    expect(items[1]).toMatchObject({
      issuedBy: 'Mélanie Gérante',
      mimeType: 'application/zip',
      pageCount: 6,
    });
    expect(items[1]!.learners.map((l) => l.name)).toEqual([
      'BÉRANGER Éloïse',
      'DUPONT Marie',
      'FABRE Noé',
      'LEFÈVRE-ÇA Zoé',
      'MARTIN Jérôme',
      'PERROT Anaïs',
    ]);
    expect(items[2]).toMatchObject({
      issuedBy: 'Sébastien Conseiller',
      fileName: 'LEFEVRE-CA_Zoe_S1.pdf',
      learners: [{ id: w.learners[3], name: 'LEFÈVRE-ÇA Zoé' }],
    });

    const byLearner = await archive({ learnerId: w.learners[3] });
    expect(byLearner.items.map((i) => i.id)).toEqual([open.issued.id, all.issued.id, one.issued.id]);
    const byOther = await archive({ learnerId: w.other.learners[0] });
    expect(byOther.items).toEqual([]);
    expect((await archive({ kind: 'attestations' })).items).toEqual([]);
    expect((await archive({ kind: 'reportCards', groupId: w.groupId, limit: 2 })).items).toHaveLength(2);
    expect((await archive({ cohortId: w.other.cohortId })).items).toEqual([]);
    expect((await archive({ cohortId: w.cohortId }, w.tokens.manager)).items).toHaveLength(3);
    expect(tableCount(w, 'issued_documents')).toBe(3);
  });
});
