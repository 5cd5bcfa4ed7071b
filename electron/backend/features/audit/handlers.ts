import { AUDIT_EXPORT_MAX, type AuditFilter } from '../../../../shared/api/audit';
import { auditFr as t } from '../../../../shared/i18n/fr/audit';
import { auditCall } from '../../audit';
import { AppError } from '../../errors';
import { staged, type HandlersOf } from '../../handlers';
import { workbookDownload, type WorkbookPlan } from '../imports/workbook-write';
import { countAudit, listAudit } from './repository';
import { auditWorkbook } from './workbook';

function checkPeriod(filter: AuditFilter): void {
  if (filter.from && filter.to && filter.to < filter.from) {
    throw new AppError('INVALID_INPUT', t.periodReversed, { to: t.periodReversed });
  }
}

export const auditHandlers: HandlersOf<'audit.list' | 'audit.exportXlsx'> = {
  'audit.list': ({ page, pageSize, ...filter }, { db }) => {
    checkPeriod(filter);
    return { total: countAudit(db, filter), rows: listAudit(db, filter, pageSize, page * pageSize) };
  },

  // The journal carries who did what: taking a copy of it is itself written in it.
  'audit.exportXlsx': staged<'audit.exportXlsx', undefined, WorkbookPlan>({
    run: (filter, ctx) => {
      checkPeriod(filter);
      const total = countAudit(ctx.db, filter);
      if (total > AUDIT_EXPORT_MAX)
        throw new AppError('TOO_LARGE', t.tooManyToExport(total, AUDIT_EXPORT_MAX));
      const rows = listAudit(ctx.db, filter, AUDIT_EXPORT_MAX, 0);
      auditCall(ctx, 'audit.exportXlsx', 'audit', { ...filter, entries: total });
      return auditWorkbook(rows, filter, ctx.now);
    },
    after: workbookDownload,
  }),
};
