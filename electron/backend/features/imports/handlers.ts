import type { ParsedInput } from '../../../../shared/api/index';
import { guessMapping } from '../../../../shared/domain/import-columns';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { AppError } from '../../errors';
import { backupsFr } from '../../../../shared/i18n/fr/backups';
import { staged, type HandlersOf } from '../../handlers';
import { report } from './check';
import { cohortRoster, groupList } from './exports';
import { readImportFile } from './read-file';
import { checkImport, runImport } from './run';
import type { ImportTable } from './table';
import { importTemplate } from './template';
import { workbookDownload, type WorkbookPlan } from './workbook-write';

/**
 * Staged handlers: the uploaded file is read before the transaction, and workbooks are written
 * after it, because exceljs only works asynchronously and the transaction is synchronous.
 */

const PREVIEW_ROWS = 10;
const { importBackupFailed } = backupsFr;

/** Exports carry personal data out of Carnet: who took which list is kept. */
const recordExport = (ctx: HandlerContext, action: string, target: string): void =>
  auditCall(ctx, action, target);

const readUpload = ({ file }: { file: ParsedInput<'imports.preview'>['file'] }) => readImportFile(file);

export const importsHandlers: HandlersOf<
  | 'imports.template'
  | 'imports.preview'
  | 'imports.check'
  | 'imports.run'
  | 'exports.groupList'
  | 'exports.cohortRoster'
> = {
  'imports.template': staged<'imports.template', undefined, WorkbookPlan>({
    run: ({ kind }) => importTemplate(kind),
    after: workbookDownload,
  }),

  'imports.preview': staged<'imports.preview', ImportTable>({
    before: readUpload,
    run: ({ kind }, _ctx, table) => ({
      format: table.format,
      encoding: table.encoding,
      separator: table.separator,
      headers: table.headers,
      rowCount: table.rows.length,
      sample: table.rows.slice(0, PREVIEW_ROWS).map((r) => table.headers.map((_, i) => r.cells[i] ?? '')),
      mapping: guessMapping(kind, table.headers),
    }),
  }),

  'imports.check': staged<'imports.check', ImportTable>({
    before: readUpload,
    run: (input, ctx, table) => report(checkImport(ctx, input, table)),
  }),

  'imports.run': staged<'imports.run', ImportTable>({
    // A copy of the database before every import, once the file has been read (a file that cannot
    // be read is refused without one). No copy, no import: the refusal says why.
    before: async (input, stage) => {
      const table = await readUpload(input);
      await stage.backups?.snapshot('pre-import').catch((error: Error) => {
        throw new AppError('UNAVAILABLE', importBackupFailed(error.message));
      });
      return table;
    },
    run: (input, ctx, table) => runImport(ctx, input, table),
  }),

  'exports.groupList': staged<'exports.groupList', undefined, WorkbookPlan>({
    run: ({ groupId }, ctx) => {
      const plan = groupList(ctx.db, groupId);
      recordExport(ctx, 'exports.groupList', `group:${groupId}`);
      return plan;
    },
    after: workbookDownload,
  }),

  'exports.cohortRoster': staged<'exports.cohortRoster', undefined, WorkbookPlan>({
    run: ({ cohortId }, ctx) => {
      const plan = cohortRoster(ctx.db, cohortId);
      recordExport(ctx, 'exports.cohortRoster', `cohort:${cohortId}`);
      return plan;
    },
    after: workbookDownload,
  }),
};
