import { afterEach, describe, expect, it } from 'vitest';
import type { AttendanceSheet } from '../../shared/api/attendance';
import type { FileDownload } from '../../shared/api/fields';
import {
  allPresent,
  at,
  attendanceWorld,
  DURING,
  record,
  refusedWith,
  scanPdf,
  sheetOf,
  signaturePng,
  signedByAll,
  type AttendanceWorld,
} from './attendance-setup';
import { call, value } from './planning-setup';

let w: AttendanceWorld;
afterEach(() => w?.b.close());

const close = (input: Record<string, unknown>, token = w.trainer) =>
  call<AttendanceSheet>(w, 'attendance.close', { sessionId: w.session, ...input }, token);
const sign = (learnerId: number, png = signaturePng(), token = w.trainer) =>
  call<AttendanceSheet>(
    w,
    'attendance.signLearner',
    { sessionId: w.session, learnerId, signaturePng: png },
    token,
  );

describe('attendance.signLearner', () => {
  it('stores a present learner’s drawing with its time; refuses an absent or unrecorded learner', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    const [a, b, c] = w.g1Learners as [number, number, number];
    await value(
      w,
      'attendance.record',
      {
        sessionId: w.session,
        entries: [
          { learnerId: a, presence: 'present' },
          { learnerId: b, presence: 'absent' },
        ],
      },
      w.trainer,
    );
    at(w, '2026-03-03T07:25:00Z');
    const sheet = await sign(a);
    expect(sheet.ok && sheet.value.lines.find((l) => l.learnerId === a)).toMatchObject({
      signaturePng: signaturePng(),
      signedAt: '2026-03-03T07:25:00.000Z',
    });
    const stored = w.b.db.prepare('SELECT name, mime_type, size, sha256 FROM stored_files').get() as {
      mime_type: string;
      size: number;
      sha256: string;
    };
    expect(stored.mime_type).toBe('image/png');
    expect(stored.size).toBe(Buffer.from(signaturePng(), 'base64').length);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);

    await refusedWith(w, () => sign(b), 'CONFLICT', /Alex G1-02 n’est pas enregistré\(e\) présent\(e\)/);
    await refusedWith(w, () => sign(c), 'CONFLICT', /G1-03/);
    // Signing again replaces the drawing rather than piling them up.
    await sign(a, signaturePng(7));
    expect(w.b.db.prepare('SELECT count(*) AS n FROM stored_files').get()).toEqual({ n: 1 });
  });

  it('refuses what is not a PNG, whatever it claims to be', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    const a = w.g1Learners[0]!;
    await record(w, allPresent(w));
    const jpegLike = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]).toString(
      'base64',
    );
    const error = await refusedWith(w, () => sign(a, jpegLike), 'INVALID_INPUT', /n’est pas une image PNG/);
    expect(error.fields).toEqual({ signaturePng: error.message });
    await refusedWith(w, () => sign(a, 'A'.repeat(200)), 'INVALID_INPUT', /PNG/);
  });

  it('refuses a signature before the start, and another trainer’s', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    await record(w, allPresent(w));
    await refusedWith(w, () => sign(w.g1Learners[0]!, signaturePng(), w.otherTrainer), 'FORBIDDEN');
    // Back in time: the roll call cannot be signed before the session (sheets signed in advance).
    at(w, '2026-03-03T07:00:00Z');
    await refusedWith(w, () => sign(w.g1Learners[0]!), 'CONFLICT', /8 h 15/);
  });
});

describe('attendance.close', () => {
  it('refuses to close on screen without the trainer’s signature, with an unsigned or unrecorded learner', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    const [a, b] = w.g1Learners as [number, number];
    await record(w, allPresent(w).slice(1));
    await refusedWith(
      w,
      () => close({ mode: 'screen', trainerSignaturePng: signaturePng() }),
      'CONFLICT',
      /1 apprenant pas encore enregistré \(Alex G1-01\)/,
    );
    await record(w, [{ learnerId: a, presence: 'absent' }]);
    const unsigned = await refusedWith(
      w,
      () => close({ mode: 'screen', trainerSignaturePng: signaturePng() }),
      'CONFLICT',
    );
    expect(unsigned.message).toContain('11 apprenants présents n’ont pas signé (Alex G1-02, Alex G1-03');
    expect(unsigned.message).toContain('et 6 autres');
    for (const learnerId of w.g1Learners.slice(1)) await sign(learnerId);
    expect(b).toBeGreaterThan(0);

    const missing = await refusedWith(
      w,
      () => close({ mode: 'screen' }),
      'INVALID_INPUT',
      /Le formateur signe la feuille/,
    );
    expect(missing.fields).toHaveProperty('trainerSignaturePng');
    // The absent learner needs no signature: the sheet closes with the trainer’s.
    at(w, '2026-03-03T11:05:00Z');
    const closed = await value<AttendanceSheet>(
      w,
      'attendance.close',
      { sessionId: w.session, mode: 'screen', trainerSignaturePng: signaturePng(3) },
      w.trainer,
    );
    expect(closed).toMatchObject({
      closedBy: 'Claire Dupont',
      closedAt: '2026-03-03T11:05:00.000Z',
      trainerSignaturePng: signaturePng(3),
      canRecord: false,
      canReopen: false,
    });
    expect(closed.session).toMatchObject({ status: 'closed', mode: 'screen', recorded: 12, absent: 1 });
    expect(closed.cannotRecordReason).toBe(
      'Cette feuille a été close par Claire Dupont le 03/03/2026 à 12:05 : elle ne peut plus être modifiée. ' +
        'Un responsable pédagogique peut la rouvrir en indiquant le motif.',
    );
    expect((await sheetOf(w, w.session, w.manager)).canReopen).toBe(true);
  });

  it('closes on paper with every learner recorded, no signature drawn, the scan optional', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    await refusedWith(w, () => close({ mode: 'paper' }), 'CONFLICT', /12 apprenants pas encore enregistrés/);
    await record(w, allPresent(w));
    const closed = await value<AttendanceSheet>(
      w,
      'attendance.close',
      { sessionId: w.session, mode: 'paper' },
      w.trainer,
    );
    expect(closed.session).toMatchObject({ status: 'closed', mode: 'paper' });
    expect(closed.scanName).toBeNull();
    // The scan comes back from the copier later: attached to the closed sheet.
    const scanned = await value<AttendanceSheet>(
      w,
      'attendance.attachScan',
      { sessionId: w.session, scan: scanPdf() },
      w.trainer,
    );
    expect(scanned.scanName).toBe('feuille-3-mars.pdf');
    const file = await value<FileDownload>(w, 'attendance.scan', { sessionId: w.session }, w.adviser);
    expect(file).toEqual({
      fileName: 'feuille-3-mars.pdf',
      mimeType: 'application/pdf',
      contentBase64: scanPdf().contentBase64,
    });
  });

  it('takes the scan with the closing, and refuses a scan that is neither PDF nor image, or too large', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    await refusedWith(
      w,
      () => call(w, 'attendance.scan', { sessionId: w.session }),
      'NOT_FOUND',
      /Aucun scan/,
    );
    await record(w, allPresent(w));
    const docx = {
      fileName: 'C:\\fakepath\\feuille.docx',
      contentBase64: Buffer.from('PK\u0003\u0004 word').toString('base64'),
    };
    const wrong = await refusedWith(w, () => close({ mode: 'paper', scan: docx }), 'INVALID_INPUT');
    expect(wrong.message).toBe(
      'Le fichier « feuille.docx » n’est ni un PDF ni une image PNG ou JPEG : enregistrez-le dans l’un de ces formats.',
    );
    expect(wrong.fields).toEqual({ scan: wrong.message });
    const big = {
      fileName: 'scan.pdf',
      contentBase64: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4 * 1024 * 1024)]).toString(
        'base64',
      ),
    };
    await refusedWith(
      w,
      () => call(w, 'attendance.attachScan', { sessionId: w.session, scan: big }, w.trainer),
      'TOO_LARGE',
      /limite est de 4 Mo/,
    );
    const empty = { fileName: 'vide.pdf', contentBase64: '====' };
    await refusedWith(
      w,
      () => call(w, 'attendance.attachScan', { sessionId: w.session, scan: empty }, w.trainer),
      'INVALID_INPUT',
    );

    const jpeg = {
      fileName: 'photo.jpg',
      contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64'),
    };
    const closed = await value<AttendanceSheet>(
      w,
      'attendance.close',
      { sessionId: w.session, mode: 'paper', scan: jpeg },
      w.trainer,
    );
    expect(closed.scanName).toBe('photo.jpg');
    expect(await value(w, 'attendance.scan', { sessionId: w.session })).toMatchObject({
      mimeType: 'image/jpeg',
    });
    // A second scan replaces the first.
    await value(w, 'attendance.attachScan', { sessionId: w.session, scan: scanPdf() }, w.manager);
    expect(w.b.db.prepare('SELECT count(*) AS n FROM stored_files').get()).toEqual({ n: 1 });
  });

  it('refuses to record, sign or close again once closed, naming who closed it and when', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    await signedByAll(w);
    await value(
      w,
      'attendance.close',
      { sessionId: w.session, mode: 'screen', trainerSignaturePng: signaturePng() },
      w.trainer,
    );
    at(w, '2026-03-03T12:00:00Z');
    const expected =
      /close par Claire Dupont le 03\/03\/2026 à 08:20 .* Un responsable pédagogique peut la rouvrir/;
    await refusedWith(w, () => record(w, allPresent(w)), 'CONFLICT', expected);
    await refusedWith(w, () => record(w, allPresent(w), w.manager), 'CONFLICT', expected);
    await refusedWith(w, () => sign(w.g1Learners[0]!), 'CONFLICT', expected);
    await refusedWith(w, () => close({ mode: 'paper' }), 'CONFLICT', expected);
  });
});
