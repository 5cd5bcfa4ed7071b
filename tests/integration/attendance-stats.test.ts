import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../shared/api/fields';
import { userWithRole } from '../helpers/backend';
import { absencesWorld, rollCall, type AbsencesWorld } from './absences-setup';
import { call, makeCohort, refused, value } from './planning-setup';

let w: AbsencesWorld;
let lea: number, noe: number;

beforeEach(async () => {
  w = await absencesWorld();
  [lea, noe] = w.g1Learners as [number, number];
  rollCall(w, { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-02-03' }, w.g1Learners, {
    [lea]: { presence: 'absent', justification: 'justified', reason: 'illness' },
    [noe]: { late: 15, justification: 'unjustified' },
  });
  rollCall(
    w,
    {
      groupId: w.g1,
      subjectId: w.subjects.english,
      date: '2026-03-03',
      slot: 'afternoon',
      trainerId: w.leroy,
    },
    w.g1Learners,
    { [lea]: { presence: 'absent' } },
  );
  rollCall(w, { groupId: w.g2, subjectId: w.subjects.negotiation, date: '2026-02-05' }, w.g2Learners, {
    [w.g2Learners[0]!]: { presence: 'absent', justification: 'unjustified' },
  });
});
afterEach(() => w.b.close());

interface Figures {
  scheduled: number;
  attended: number;
  excused: number;
  missed: number;
  rate: number;
}
interface Stats {
  byLearner: (Figures & { learnerId: number; name: string; groupName: string })[];
  byGroup: (Figures & { groupId: number; name: string })[];
  bySubject: (Figures & { subjectId: number; name: string })[];
  byMonth: (Figures & { month: string })[];
}
const stats = (input: Record<string, unknown>, token = w.admin) =>
  value<Stats>(w, 'attendance.stats', input, token);
const figures = (f: Figures) => [f.scheduled, f.attended, f.excused, f.missed, f.rate];

describe('attendance.stats', () => {
  it('gives absence rates per learner, group, subject and month over a cohort', async () => {
    const s = await stats({ cohortId: w.cohortId });
    expect(s.byGroup.map((g) => [g.name, ...figures(g)])).toEqual([
      ['G1', 90, 82.25, 3.75, 4, 7.75 / 90],
      ['G2', 45, 41.25, 0, 3.75, 3.75 / 45],
    ]);
    expect(s.bySubject.map((x) => [x.subjectId, ...figures(x)])).toEqual([
      [w.subjects.english, 45, 41.25, 0, 3.75, 3.75 / 45],
      [w.subjects.negotiation, 90, 82.25, 3.75, 4, 7.75 / 90],
    ]);
    expect(s.byMonth.map((m) => [m.month, ...figures(m)])).toEqual([
      ['2026-02', 90, 82.25, 3.75, 4, 7.75 / 90],
      ['2026-03', 45, 41.25, 0, 3.75, 3.75 / 45],
    ]);
    expect(s.byLearner).toHaveLength(24);
    expect(s.byLearner.slice(0, 2)).toEqual([
      {
        learnerId: lea,
        name: 'Léa Bérard',
        groupName: 'G1',
        scheduled: 7.5,
        attended: 0,
        excused: 3.75,
        missed: 3.75,
        rate: 1,
      },
      {
        learnerId: noe,
        name: 'Noé Çelik',
        groupName: 'G1',
        scheduled: 7.5,
        attended: 7.25,
        excused: 0,
        missed: 0.25,
        rate: 0.25 / 7.5,
      },
    ]);
  });

  it('keeps to a group and a period', async () => {
    const s = await stats({ groupId: w.g1, from: '2026-02-01', to: '2026-02-28' });
    expect(s.byGroup.map((g) => [g.name, ...figures(g)])).toEqual([['G1', 45, 41, 3.75, 0.25, 4 / 45]]);
    expect(s.byMonth.map((m) => m.month)).toEqual(['2026-02']);
    expect(s.byLearner).toHaveLength(12);
  });

  it('refuses a group of another cohort, and a reversed period, in French', async () => {
    const other = makeCohort(w.b.db, 'NRC 2025-2027', w.programmeId);
    const wrong = await refused(
      w,
      () => call(w, 'attendance.stats', { groupId: w.g1, cohortId: other }),
      'INVALID_INPUT',
    );
    expect(wrong.message).toBe(
      'Le groupe G1 n’appartient pas à la promotion NRC 2025-2027 : choisissez l’un ou l’autre.',
    );
    const reversed = await refused(
      w,
      () => call(w, 'attendance.stats', { from: '2026-03-01', to: '2026-02-01' }),
      'INVALID_INPUT',
    );
    expect(reversed.fields).toEqual({
      to: 'La période du 01/03/2026 au 01/02/2026 se termine avant de commencer.',
    });
  });

  it('is open to every role', async () => {
    const adviser = await userWithRole(w.b.app, w.admin, 'adviser');
    expect((await stats({}, adviser)).byGroup).toHaveLength(2);
  });
});

async function workbook(file: FileDownload): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
  return book;
}

const rows = (sheet: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe('attendance.exportStats', () => {
  it('writes a sheet per breakdown with French headers, hours as numbers and rates as percentages', async () => {
    const file = await value<FileDownload>(w, 'attendance.exportStats', { cohortId: w.cohortId });
    expect(file.fileName).toBe('Absences_Promotion_NDRC_2025-2027.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await workbook(file);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Par apprenant',
      'Par groupe',
      'Par matière',
      'Par mois',
    ]);

    const groups = book.getWorksheet('Par groupe')!;
    expect(rows(groups)).toEqual([
      ['Absences par groupe — Promotion NDRC 2025-2027 — toute la période'],
      [
        'Groupe',
        'Heures prévues',
        'Heures suivies',
        'Heures excusées',
        'Heures non justifiées',
        'Taux d’absence',
      ],
      ['G1', 90, 82.25, 3.75, 4, 7.75 / 90],
      ['G2', 45, 41.25, 0, 3.75, 3.75 / 45],
      ['Total', 135, 123.5, 3.75, 7.75, 11.5 / 135],
    ]);
    expect(groups.getCell('F3').numFmt).toBe('0.0%');
    expect(groups.getCell('B3').numFmt).toBe('#,##0.00');
    expect(groups.getRow(5).font?.bold).toBe(true);

    const learners = rows(book.getWorksheet('Par apprenant')!);
    expect(learners[1]).toEqual([
      'Nom',
      'Prénom',
      'Groupe',
      'Heures prévues',
      'Heures suivies',
      'Heures excusées',
      'Heures non justifiées',
      'Taux d’absence',
    ]);
    expect(learners[2]).toEqual(['Bérard', 'Léa', 'G1', 7.5, 0, 3.75, 3.75, 1]);
    expect(learners).toHaveLength(2 + 24 + 1);

    expect(
      rows(book.getWorksheet('Par mois')!)
        .slice(2, 4)
        .map((r) => r[0]),
    ).toEqual(['Février 2026', 'Mars 2026']);
    expect(rows(book.getWorksheet('Par matière')!)[2]![0]).toMatch(/Anglais|Langue/);

    const audit = w.b.db
      .prepare("SELECT target FROM audit_log WHERE action = 'attendance.exportStats'")
      .get() as {
      target: string;
    };
    expect(audit.target).toBe('Promotion NDRC 2025-2027');
  });

  it('names the group and the period in the file and the titles', async () => {
    const file = await value<FileDownload>(w, 'attendance.exportStats', {
      groupId: w.g1,
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(file.fileName).toBe('Absences_NDRC_2025-2027_G1_2026-02-01_2026-02-28.xlsx');
    const book = await workbook(file);
    expect(rows(book.getWorksheet('Par mois')!)[0]).toEqual([
      'Absences par mois — NDRC 2025-2027 — G1 — du 01/02/2026 au 28/02/2026',
    ]);
  });

  it('refuses what the statistics refuse, writing nothing', async () => {
    await refused(w, () => call(w, 'attendance.exportStats', { groupId: 999 }), 'NOT_FOUND');
  });
});
