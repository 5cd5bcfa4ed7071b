import ExcelJS from 'exceljs';
import type { FileDownload } from '../../shared/api/fields';
import type { MarksImport } from '../../shared/api/marks-xlsx';
import { call, value, type ExamsWorld } from './exams-setup';

/**
 * Helpers of the XLSX round trip's tests, on the exams world (exams-setup.ts): evaluations and
 * marks written with SQL, the workbook exported and uploaded back as real XLSX bytes.
 */

const AT = '2026-01-05T08:00:00.000Z';

export function subject(w: ExamsWorld, unitCode: string): number {
  return (
    w.b.db
      .prepare(
        `SELECT s.id FROM programme_subjects s JOIN programmes p ON p.id = s.programme_id
         WHERE p.code = 'BTS-NDRC' AND s.unit_code = ?`,
      )
      .get(unitCode) as { id: number }
  ).id;
}

/** A homework of the group G in Semestre 1, coefficient 2, on the subject preparing `unitCode`. */
export function evaluation(w: ExamsWorld, unitCode: string, title: string, scale: number): number {
  return Number(
    w.b.db
      .prepare(
        `INSERT INTO evaluations (group_id, subject_id, period_id, title, date, kind, coefficient, scale,
           created_at, updated_at) VALUES (?, ?, ?, ?, '2025-10-10', 'homework', 2, ?, ?, ?)`,
      )
      .run(w.group, subject(w, unitCode), w.period, title, scale, AT, AT).lastInsertRowid,
  );
}

/** A cell as any save writes it (by the administrator, user 1). */
export function setMark(
  w: ExamsWorld,
  evaluationId: number,
  learnerId: number,
  mark: number | string,
  at = AT,
) {
  w.b.db
    .prepare(
      `INSERT INTO marks (evaluation_id, learner_id, mark, code, updated_by, updated_at) VALUES (?, ?, ?, ?, 1, ?)
       ON CONFLICT (evaluation_id, learner_id) DO UPDATE SET mark = excluded.mark, code = excluded.code,
         updated_at = excluded.updated_at`,
    )
    .run(
      evaluationId,
      learnerId,
      typeof mark === 'number' ? mark : null,
      typeof mark === 'string' ? mark : null,
      at,
    );
}

export const cellOf = (w: ExamsWorld, evaluationId: number, learnerId: number) =>
  w.b.db
    .prepare('SELECT mark, code FROM marks WHERE evaluation_id = ? AND learner_id = ?')
    .get(evaluationId, learnerId);

export async function readBook(file: FileDownload): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
  return book;
}

/** The group G's marks of Semestre 1, exported as `token`, opened with exceljs. */
export async function exported(w: ExamsWorld, token = w.manager) {
  const file = await value<FileDownload>(
    w,
    'marks.exportXlsx',
    { groupId: w.group, periodId: w.period },
    token,
  );
  return { file, book: await readBook(file) };
}

/** Learner G-0n's line (the sheet lists learners by name from line 7). */
export const row = (n: number) => 6 + n;

export async function importFile(
  w: ExamsWorld,
  book: ExcelJS.Workbook,
  options: Record<string, unknown>,
  token = w.manager,
) {
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const file = { fileName: 'notes-modifiees.xlsx', contentBase64: bytes.toString('base64') };
  return call<MarksImport>(w, 'marks.importXlsx', { file, ...options }, token);
}
