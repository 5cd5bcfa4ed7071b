import { guessMapping } from '../../../../shared/domain/import-columns';
import { audit } from '../../audit';
import type { HandlerContext } from '../../context';
import type { HandlersOf } from '../../handlers';
import { report } from './check';
import { cohortRoster, groupList } from './exports';
import { readImportFile } from './read-file';
import { checkImport, runImport } from './run';
import { importTemplate } from './template';

const PREVIEW_ROWS = 10;

/** Exports carry personal data out of Carnet: who took which list is kept. */
function recordExport(ctx: HandlerContext, action: string, target: string): void {
  audit(ctx.db, { at: ctx.now, userId: ctx.user?.id ?? null, action, target });
}

export const importsHandlers: HandlersOf<
  | 'imports.template'
  | 'imports.preview'
  | 'imports.check'
  | 'imports.run'
  | 'exports.groupList'
  | 'exports.cohortRoster'
> = {
  'imports.template': ({ kind }) => importTemplate(kind),

  'imports.preview': ({ kind, file }) => {
    const table = readImportFile(file);
    return {
      format: table.format,
      encoding: table.encoding,
      separator: table.separator,
      headers: table.headers,
      rowCount: table.rows.length,
      sample: table.rows.slice(0, PREVIEW_ROWS).map((r) => table.headers.map((_, i) => r.cells[i] ?? '')),
      mapping: guessMapping(kind, table.headers),
    };
  },

  'imports.check': (input, ctx) => report(checkImport(ctx, input)),

  'imports.run': (input, ctx) => runImport(ctx, input),

  'exports.groupList': ({ groupId }, ctx) => {
    const file = groupList(ctx.db, groupId);
    recordExport(ctx, 'exports.groupList', `group:${groupId}`);
    return file;
  },

  'exports.cohortRoster': ({ cohortId }, ctx) => {
    const file = cohortRoster(ctx.db, cohortId);
    recordExport(ctx, 'exports.cohortRoster', `cohort:${cohortId}`);
    return file;
  },
};
