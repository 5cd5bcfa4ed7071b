import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Absence } from '../../shared/api/attendance';
import type { FileDownload } from '../../shared/api/fields';
import { userWithRole } from '../helpers/backend';
import { absencesWorld, addLine, rollCall, type AbsencesWorld } from './absences-setup';
import { call, refused, value } from './planning-setup';

let w: AbsencesWorld;
let lea: number, noe: number, zoe: number;
/** Tuesday 3 March morning: Léa absent, Noé 15 min late, Zoé left 30 min early, the rest present. */
let march3: number;
/** Thursday 12 March afternoon: Léa absent again. */
let march12: number;

beforeEach(async () => {
  w = await absencesWorld();
  [lea, noe, zoe] = w.g1Learners as [number, number, number];
  march3 = rollCall(
    w,
    { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-03-03' },
    w.g1Learners,
    {
      [lea]: { presence: 'absent' },
      [noe]: { late: 15 },
      [zoe]: { leftEarly: 30 },
    },
  );
  march12 = rollCall(
    w,
    {
      groupId: w.g1,
      subjectId: w.subjects.english,
      date: '2026-03-12',
      slot: 'afternoon',
      trainerId: w.leroy,
    },
    w.g1Learners,
    { [lea]: { presence: 'absent', justification: 'unjustified' } },
  );
});
afterEach(() => w.b.close());

const list = (input: Record<string, unknown>, token = w.admin) =>
  value<Absence[]>(w, 'absences.list', input, token);
const pdf = Buffer.from('%PDF-1.4\n% arrêt de travail\n%%EOF\n');
const upload = (bytes: Buffer, fileName = 'arret.pdf') => ({
  fileName,
  contentBase64: bytes.toString('base64'),
});

function followUp(
  learnerId: number,
  sessionId: number,
  input: Record<string, unknown> = {},
  token = w.admin,
) {
  return call<Absence>(
    w,
    'absences.update',
    { sessionId, learnerId, justification: 'unjustified', ...input },
    token,
  );
}

describe('absences.list', () => {
  it('lists a group’s absences, late arrivals and early leaves, newest first, never a plain presence', async () => {
    const absences = await list({ groupId: w.g1 });
    expect(absences.map((a) => [a.date, a.learnerName, a.kind, a.hoursMissed, a.justification])).toEqual([
      ['2026-03-12', 'Léa Bérard', 'absence', 3.75, 'unjustified'],
      ['2026-03-03', 'Léa Bérard', 'absence', 3.75, 'pending'],
      ['2026-03-03', 'Noé Çelik', 'late', 0.25, 'pending'],
      ['2026-03-03', 'Zoé Dupré', 'left_early', 0.5, 'pending'],
    ]);
    expect(absences[0]).toMatchObject({
      sessionId: march12,
      learnerId: lea,
      groupName: 'G1',
      slot: 'afternoon',
      subjectName: expect.stringMatching(/Anglais|Langue/),
      excuseReason: null,
      excuseDocumentName: null,
      employerNotifiedOn: null,
    });
  });

  it('filters by learner, justification and period', async () => {
    expect((await list({ learnerId: lea })).map((a) => a.sessionId)).toEqual([march12, march3]);
    expect((await list({ groupId: w.g1, justification: 'unjustified' })).map((a) => a.sessionId)).toEqual([
      march12,
    ]);
    expect(await list({ groupId: w.g1, justification: 'pending' })).toHaveLength(3);
    expect(await list({ groupId: w.g1, from: '2026-03-04', to: '2026-03-31' })).toHaveLength(1);
    expect(await list({ groupId: w.g2 })).toEqual([]);
  });

  it('reads an absence recorded without a follow-up as pending', async () => {
    w.b.db.prepare('UPDATE attendance_lines SET justification = NULL WHERE session_id = ?').run(march3);
    expect((await list({ learnerId: lea, justification: 'pending' })).map((a) => a.sessionId)).toEqual([
      march3,
    ]);
  });

  it('refuses without a learner or a group, a reversed period, and an unknown group, in French', async () => {
    const none = await refused(w, () => call(w, 'absences.list', {}), 'INVALID_INPUT');
    expect(none.message).toBe('Choisissez un apprenant ou un groupe.');
    const reversed = await refused(
      w,
      () => call(w, 'absences.list', { groupId: w.g1, from: '2026-03-31', to: '2026-03-01' }),
      'INVALID_INPUT',
    );
    expect(reversed.message).toBe('La période du 31/03/2026 au 01/03/2026 se termine avant de commencer.');
    const unknown = await refused(w, () => call(w, 'absences.list', { groupId: 999 }), 'NOT_FOUND');
    expect(unknown.message).toBe('Ce groupe n’existe pas (ou plus).');
  });

  it('is open to every role, advisers included', async () => {
    const adviser = await userWithRole(w.b.app, w.admin, 'adviser');
    expect(await list({ groupId: w.g1 }, adviser)).toHaveLength(4);
  });
});

describe('absences.update', () => {
  it('justifies an absence with its reason, note, document and the day the employer was told', async () => {
    const result = await followUp(lea, march3, {
      justification: 'justified',
      excuseReason: 'illness',
      excuseNote: '  Arrêt de 2 jours ',
      employerNotifiedOn: '2026-03-02',
      document: upload(pdf),
    });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        sessionId: march3,
        learnerId: lea,
        kind: 'absence',
        justification: 'justified',
        excuseReason: 'illness',
        excuseNote: 'Arrêt de 2 jours',
        excuseDocumentName: 'arret.pdf',
        employerNotifiedOn: '2026-03-02',
      }),
    });
    const file = await value<FileDownload>(w, 'absences.document', { sessionId: march3, learnerId: lea });
    expect(file).toEqual({
      fileName: 'arret.pdf',
      mimeType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    });
    const audit = w.b.db
      .prepare("SELECT target, details FROM audit_log WHERE action = 'absences.update'")
      .get() as { target: string; details: string };
    expect(audit.target).toBe(`attendance:${march3}:${lea}`);
    expect(JSON.parse(audit.details)).toMatchObject({ justification: 'justified', document: 'arret.pdf' });
  });

  it('replaces a document, keeps it when none is sent, removes it with null, leaving no orphan file', async () => {
    const files = () => (w.b.db.prepare('SELECT count(*) AS n FROM stored_files').get() as { n: number }).n;
    await followUp(lea, march3, {
      justification: 'justified',
      excuseReason: 'family',
      document: upload(pdf),
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await followUp(lea, march3, {
      justification: 'justified',
      excuseReason: 'family',
      document: upload(png, 'scan.png'),
    });
    expect(files()).toBe(1);
    const kept = await followUp(lea, march3, { justification: 'justified', excuseReason: 'family' });
    expect(kept.ok && kept.value.excuseDocumentName).toBe('scan.png');
    const removed = await followUp(lea, march3, { justification: 'unjustified', document: null });
    expect(removed.ok && removed.value.excuseDocumentName).toBeNull();
    expect(files()).toBe(0);
    const none = await refused(
      w,
      () => call(w, 'absences.document', { sessionId: march3, learnerId: lea }),
      'NOT_FOUND',
    );
    expect(none.message).toBe('Aucun justificatif n’est joint à cette absence.');
  });

  it('follows up a late arrival too', async () => {
    const result = await followUp(noe, march3, { justification: 'justified', excuseReason: 'transport' });
    expect(result.ok && result.value).toMatchObject({
      kind: 'late',
      justification: 'justified',
      hoursMissed: 0.25,
    });
  });

  it('refuses, changing nothing: a plain presence, a missing reason, "other" without a note, a future date', async () => {
    const present = w.g1Learners[5]!;
    expect((await refused(w, () => followUp(present, march3))).message).toBe(
      'Alex G1-06 était là le mardi 3 mars 2026 matin, sans retard ni départ anticipé : il n’y a rien à justifier.',
    );
    const noReason = await refused(
      w,
      () => followUp(lea, march3, { justification: 'justified' }),
      'INVALID_INPUT',
    );
    expect(noReason.fields).toEqual({ excuseReason: 'Indiquez le motif de l’absence justifiée.' });
    const other = await refused(
      w,
      () => followUp(lea, march3, { justification: 'justified', excuseReason: 'other' }),
      'INVALID_INPUT',
    );
    expect(other.fields).toEqual({ excuseNote: 'Précisez le motif « Autre » dans la note.' });
    // The registry's clock is 2 March 2026, 9:15 in Paris.
    const future = await refused(
      w,
      () => followUp(lea, march3, { employerNotifiedOn: '2026-03-03' }),
      'INVALID_INPUT',
    );
    expect(future.fields?.employerNotifiedOn).toBe(
      'L’employeur ne peut pas avoir été prévenu le 03/03/2026 : cette date est dans le futur.',
    );
    const missing = await refused(w, () => followUp(w.g2Learners[0]!, march3), 'NOT_FOUND');
    expect(missing.message).toBe(
      'Rien n’est enregistré pour cet apprenant à cette séance : faites d’abord l’appel.',
    );
  });

  it('accepts only a PDF, PNG or JPEG of at most 4 MB, judged by its bytes', async () => {
    const word = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const wrong = await refused(
      w,
      () => followUp(lea, march3, { document: upload(word, 'arret.pdf') }),
      'INVALID_INPUT',
    );
    expect(wrong.fields?.document).toMatch(/« arret\.pdf » n’est ni un PDF ni une image PNG ou JPEG/);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4 * 1024 * 1024)]);
    const tooLarge = await refused(w, () => followUp(lea, march3, { document: upload(big) }), 'TOO_LARGE');
    expect(tooLarge.message).toMatch(/4 Mo/);
  });

  it('is for managers: a trainer is refused', async () => {
    const trainer = await userWithRole(w.b.app, w.admin, 'trainer');
    const result = await refused(w, () => followUp(lea, march3, {}, trainer), 'FORBIDDEN');
    expect(result.message).toBeTruthy();
    const manager = await userWithRole(w.b.app, w.admin, 'manager');
    expect((await followUp(lea, march3, {}, manager)).ok).toBe(true);
  });

  it('refuses a change in an archived cohort', async () => {
    w.b.db.prepare('UPDATE cohorts SET archived_at = ? WHERE id = ?').run('2026-03-01T00:00:00Z', w.cohortId);
    const archived = await refused(w, () => followUp(lea, march3));
    expect(archived.message).toMatch(/NDRC 2025-2027/);
  });

  it('follows up a line recorded for a learner outside the group', async () => {
    addLine(w, march12, w.g2Learners[0]!, { presence: 'absent' });
    expect((await followUp(w.g2Learners[0]!, march12)).ok).toBe(true);
  });
});
