import type { FileDownload } from '../../../../shared/api/fields';
import { auditCall } from '../../audit';
import { staged, type HandlersOf } from '../../handlers';
import { exportPlan, type ExportPlan } from './export';
import { runImport } from './import';
import { type ParsedWorkbook, readMarksWorkbook } from './workbook-read';
import { writeMarksWorkbook } from './workbook-write';

/**
 * Staged handlers: exceljs reads and writes only asynchronously, so the workbook is read before
 * the transaction and written after it; only `run` touches the database.
 */
export const marksXlsxHandlers: HandlersOf<'marks.exportXlsx' | 'marks.importXlsx'> = {
  'marks.exportXlsx': staged<'marks.exportXlsx', undefined, ExportPlan>({
    run: (input, ctx) => {
      const plan = exportPlan(ctx.db, input, ctx.now);
      // Marks leave Carnet: who took which sheet is kept.
      auditCall(ctx, 'marks.exportXlsx', `group:${input.groupId}`, {
        periodId: input.periodId,
        subjectId: input.subjectId ?? null,
      });
      return plan;
    },
    after: (plan): Promise<FileDownload> => writeMarksWorkbook(plan),
  }),

  'marks.importXlsx': staged<'marks.importXlsx', ParsedWorkbook>({
    before: ({ file }) => readMarksWorkbook(file),
    run: ({ dryRun, overwriteConflicts }, ctx, parsed) =>
      runImport(ctx, parsed, { dryRun, overwriteConflicts }),
  }),
};
