import type { AuditFilter } from '../../../../shared/api/audit';
import { formatDateShort } from '../../../../shared/format/fr';
import { auditFr as t } from '../../../../shared/i18n/fr/audit';
import type { WorkbookPlan } from '../imports/workbook-write';
import type { AuditRow } from './repository';

const pad = (n: number): string => String(n).padStart(2, '0');
const localDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

/** The filter in words, for the sheet's title line. */
function describe(filter: AuditFilter): string {
  const parts: string[] = [];
  if (filter.from) parts.push(`${t.from.toLowerCase()} ${formatDateShort(filter.from)}`);
  if (filter.to) parts.push(`${t.to.toLowerCase()} ${formatDateShort(filter.to)}`);
  if (filter.action) parts.push(t.areas[filter.action] ?? t.actionLabel(filter.action));
  if (filter.text) parts.push(`« ${filter.text} »`);
  return parts.join(', ');
}

/** One line per entry, in the centre's local time, the action in French beside its code. */
export function auditWorkbook(rows: readonly AuditRow[], filter: AuditFilter, now: Date): WorkbookPlan {
  const c = t.xlsx;
  return {
    fileName: t.fileName(localDay(now)),
    title: t.sheetTitle(''),
    sheets: [
      {
        name: t.sheetName,
        title: t.sheetTitle(describe(filter)),
        columns: [
          { header: c.date, width: 12, date: true },
          { header: c.time, width: 10 },
          { header: c.user, width: 26 },
          { header: c.login, width: 18 },
          { header: c.action, width: 38 },
          { header: c.code, width: 24 },
          { header: c.target, width: 24 },
          { header: c.details, width: 60 },
        ],
        rows: rows.map((r) => {
          const at = new Date(r.at);
          return [
            localDay(at),
            localTime(at),
            r.userName,
            r.login,
            t.actionLabel(r.action),
            r.action,
            r.target,
            r.details,
          ];
        }),
      },
    ],
  };
}
