import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../shared/api/fields';
import { checksum } from '../helpers/backend';
import { call, examsWorld, refused, value, type ExamsWorld } from './exams-setup';
import {
  cellOf,
  evaluation,
  exported,
  importFile,
  readBook,
  row,
  setMark,
  subject,
} from './marks-xlsx-setup';

/**
 * The mark sheet's XLSX round trip on a real file: export, edit with exceljs as a spreadsheet
 * would, dry run, import; conflicts with changes made in Carnet after the export; permissions.
 * The world (exams-setup.ts): the NDRC group G of 13 learners (G-01 … G-13) and its Semestre 1.
 */

let w: ExamsWorld;
let culture: number;
let oral: number;
const AT = '2026-01-05T08:00:00.000Z';

beforeEach(async () => {
  w = await examsWorld();
  culture = evaluation(w, 'U1', 'Dissertation', 20);
  oral = evaluation(w, 'U4', 'Oral blanc', 10);
  setMark(w, culture, w.ndrc[0]!, 12.5);
  setMark(w, culture, w.ndrc[1]!, 'ABS');
  setMark(w, oral, w.ndrc[0]!, 7);
});
afterEach(() => w.b.close());

describe('marks.exportXlsx', () => {
  it('writes one worksheet per subject: learners × evaluations, codes as text, marks as numbers', async () => {
    const { file, book } = await exported(w);
    expect(file.fileName).toBe('Notes_NDRC_2025-2027_G_Semestre_1.xlsx');
    const visible = book.worksheets.filter((s) => s.state === 'visible');
    expect(visible.map((s) => s.name)).toEqual([
      'Culture générale et expression',
      'Relation client et négociation-',
    ]);
    expect(book.worksheets.find((s) => s.state === 'veryHidden')).toBeDefined();

    const sheet = visible[0]!;
    expect(sheet.getCell('B1').value).toBe('Culture générale et expression — G — Semestre 1');
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getRow(2).hidden).toBe(true);
    expect(sheet.getCell('D2').value).toBe(culture);
    expect(sheet.getCell('D3').value).toBe('Dissertation');
    expect(sheet.getCell('D5').value).toBe(2);
    expect(sheet.getCell('D6').value).toBe('/20');
    expect([sheet.getCell(`B${row(1)}`).value, sheet.getCell(`A${row(1)}`).value]).toEqual([
      'G-01',
      w.ndrc[0],
    ]);
    expect(sheet.getCell(`D${row(1)}`).value).toBe(12.5);
    expect(sheet.getCell(`D${row(2)}`).value).toBe('ABS');
    expect(sheet.getCell(`D${row(2)}`).numFmt).toBe('@');
    expect(sheet.getCell(`D${row(3)}`).value).toBeNull();
    expect(visible[1]!.getCell('D6').value).toBe('/10');

    const audit = w.b.db.prepare("SELECT target FROM audit_log WHERE action = 'marks.exportXlsx'").get();
    expect(audit).toEqual({ target: `group:${w.group}` });
  });

  it('exports one subject on request and refuses a group without evaluations', async () => {
    const file = await value<FileDownload>(w, 'marks.exportXlsx', {
      groupId: w.group,
      periodId: w.period,
      subjectId: subject(w, 'U4'),
    });
    const book = await readBook(file);
    expect(book.worksheets.filter((s) => s.state === 'visible')).toHaveLength(1);

    w.b.db.prepare('DELETE FROM evaluations').run();
    const none = await refused(
      w,
      () => call(w, 'marks.exportXlsx', { groupId: w.group, periodId: w.period }),
      'CONFLICT',
    );
    expect(none.message).toBe(
      'Aucune évaluation pour le groupe « G » pendant la période « Semestre 1 » : rien à exporter.',
    );
  });
});

describe('marks.importXlsx', () => {
  async function edited() {
    const { book } = await exported(w);
    const [cultureSheet, oralSheet] = book.worksheets;
    cultureSheet!.getCell(`D${row(1)}`).value = 14; // 12,5 -> 14
    cultureSheet!.getCell(`D${row(2)}`).value = null; // ABS -> cleared
    cultureSheet!.getCell(`D${row(3)}`).value = 'abj'; // a code, typed in lower case
    cultureSheet!.getCell(`D${row(4)}`).value = 25; // above the scale
    oralSheet!.getCell(`D${row(1)}`).value = '8,5'; // French decimal typed as text, on /10
    return book;
  }

  it('lists changes and refusals on a dry run and writes nothing', async () => {
    const book = await edited();
    const before = checksum(w.b.db);
    const result = await importFile(w, book, { dryRun: true });
    expect(checksum(w.b.db)).toBe(before);
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value;
    expect(report).toMatchObject({ dryRun: true, applied: 0, conflictCount: 0 });
    expect(
      report.changes.map((c) => [
        c.cell,
        c.learnerName,
        c.evaluationTitle,
        c.oldValue,
        c.newValue,
        c.applied,
      ]),
    ).toEqual([
      ['D7', 'Alex G-01', 'Dissertation', '12,5', '14', true],
      ['D8', 'Alex G-02', 'Dissertation', 'ABS', '', true],
      ['D9', 'Alex G-03', 'Dissertation', '', 'ABJ', true],
      ['D7', 'Alex G-01', 'Oral blanc', '7', '8,5', true],
    ]);
    expect(report.refusals).toEqual([
      {
        sheet: 'Culture générale et expression',
        cell: 'D10',
        learnerName: 'Alex G-04',
        evaluationTitle: 'Dissertation',
        value: '25',
        reason: 'Note supérieure au barème (/20)',
      },
    ]);
    expect(report.unchanged).toBe(13 * 2 - 5);
  });

  it('refuses the whole import while a value is refused, then writes every change with its history', async () => {
    const book = await edited();
    const error = await refused(w, async () => importFile(w, book, { dryRun: false }), 'INVALID_INPUT');
    expect(error.message).toBe(
      '1 valeur refusée : rien n’a été importé. Culture générale et expression, cellule D10 : Note supérieure au barème (/20)',
    );

    book.worksheets[0]!.getCell(`D${row(4)}`).value = null;
    const result = await importFile(w, book, { dryRun: false });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ dryRun: false, applied: 4, refusals: [] });
    expect(cellOf(w, culture, w.ndrc[0]!)).toEqual({ mark: 14, code: null });
    expect(cellOf(w, culture, w.ndrc[1]!)).toBeUndefined();
    expect(cellOf(w, culture, w.ndrc[2]!)).toEqual({ mark: null, code: 'ABJ' });
    expect(cellOf(w, oral, w.ndrc[0]!)).toEqual({ mark: 8.5, code: null });
    const history = w.b.db
      .prepare('SELECT old_value, new_value, source FROM mark_history ORDER BY id')
      .all() as { old_value: string; new_value: string; source: string }[];
    expect(history).toEqual([
      { old_value: '12,5', new_value: '14', source: 'import' },
      { old_value: 'ABS', new_value: '', source: 'import' },
      { old_value: '', new_value: 'ABJ', source: 'import' },
      { old_value: '7', new_value: '8,5', source: 'import' },
    ]);

    // Imported again, the same file changes nothing.
    const again = await importFile(w, book, { dryRun: true });
    expect(again.ok && again.value.changes).toEqual([]);
  });

  it('shows a mark changed in Carnet after the export as a conflict, applied only on request', async () => {
    const { book } = await exported(w);
    setMark(w, culture, w.ndrc[0]!, 11, '2026-03-02T09:00:00.000Z'); // a trainer corrects 12,5 -> 11
    book.worksheets[0]!.getCell(`D${row(1)}`).value = 15;
    book.worksheets[0]!.getCell(`D${row(5)}`).value = 9;

    const dry = await importFile(w, book, { dryRun: true });
    if (!dry.ok) throw new Error(dry.error.message);
    expect(dry.value.conflictCount).toBe(1);
    expect(dry.value.changes[0]).toMatchObject({
      learnerName: 'Alex G-01',
      oldValue: '11',
      newValue: '15',
      conflict: {
        exportedValue: '12,5',
        changedAt: '2026-03-02T09:00:00.000Z',
        changedBy: 'Anne Administratrice',
      },
      applied: false,
    });

    const kept = await importFile(w, book, { dryRun: false });
    expect(kept.ok && kept.value.applied).toBe(1);
    expect(cellOf(w, culture, w.ndrc[0]!)).toEqual({ mark: 11, code: null });
    expect(cellOf(w, culture, w.ndrc[4]!)).toEqual({ mark: 9, code: null });

    const forced = await importFile(w, book, { dryRun: false, overwriteConflicts: true });
    expect(forced.ok && forced.value.applied).toBe(1);
    expect(cellOf(w, culture, w.ndrc[0]!)).toEqual({ mark: 15, code: null });
  });

  it('respects who teaches what and closed periods', async () => {
    w.b.db
      .prepare(
        `INSERT INTO trainers (surname, first_name, contract_type, user_id, created_at, updated_at)
         VALUES ('Dupont', 'Claire', 'employee', (SELECT id FROM users WHERE login = 'trainer.examens'), ?, ?)`,
      )
      .run(AT, AT);
    w.b.db
      .prepare(
        'INSERT INTO teaching_assignments (group_id, subject_id, trainer_id) VALUES (?, ?, last_insert_rowid())',
      )
      .run(w.group, subject(w, 'U1'));
    const { book } = await exported(w, w.trainer);
    book.worksheets[0]!.getCell(`D${row(1)}`).value = 13;
    book.worksheets[1]!.getCell(`D${row(1)}`).value = 6;

    const report = await importFile(w, book, { dryRun: true }, w.trainer);
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.changes.map((c) => c.evaluationTitle)).toEqual(['Dissertation']);
    expect(report.value.refusals).toHaveLength(1);
    expect(report.value.refusals[0]!.evaluationTitle).toBe('Oral blanc');
    const forbidden = await refused(
      w,
      async () => importFile(w, book, { dryRun: false }, w.trainer),
      'FORBIDDEN',
    );
    expect(forbidden.message).toMatch(/^1 valeur refusée : rien n’a été importé\./);

    await refused(w, async () => importFile(w, book, { dryRun: true }, w.adviser), 'FORBIDDEN');

    w.b.db.prepare("UPDATE periods SET closed_at = '2026-02-01T10:00:00.000Z', closed_by = 1").run();
    const closed = await importFile(w, book, { dryRun: true });
    expect(closed.ok && closed.value.refusals.map((r) => r.reason)).toEqual([
      expect.stringContaining('Anne Administratrice'),
      expect.stringContaining('Anne Administratrice'),
    ]);
  });

  it('refuses a workbook that is not a Carnet export, or not a workbook', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Notes').getCell('A1').value = 'Nom';
    const other = await refused(w, async () => importFile(w, plain, { dryRun: true }), 'INVALID_INPUT');
    expect(other.fields).toEqual({
      file: 'Le classeur « notes-modifiees.xlsx » n’est pas un export de notes de Carnet : exportez d’abord les notes depuis Carnet, modifiez ce fichier, puis importez-le.',
    });
    const text = { fileName: 'notes.xlsx', contentBase64: Buffer.from('pas un classeur').toString('base64') };
    const broken = await refused(
      w,
      () => call(w, 'marks.importXlsx', { file: text, dryRun: true }),
      'INVALID_INPUT',
    );
    expect(broken.message).toMatch(/^Le classeur « notes.xlsx » est illisible/);
  });
});
