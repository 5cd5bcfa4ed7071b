import { z } from 'zod';
import { auditFr } from '../i18n/fr/audit';
import { fileDownload, id, isoDate } from './fields';
import { method } from './method';

/**
 * What the journal can be narrowed to. `action` is an exact action ("auth.loginFailed") or an
 * area ("auth", every action that starts with "auth."); `from` and `to` are calendar days, both
 * included, in the centre's local time; `text` is looked for in the action, the target, the
 * details and the user's name or login.
 */
export const auditFilterSchema = z.object({
  userId: id.optional(),
  action: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-zA-Z]+(\.[a-zA-Z]+)?$/, { error: auditFr.actionInvalid })
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  text: z.string().trim().max(100).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditEntrySchema = z.object({
  id,
  /** ISO instant. */
  at: z.string(),
  userId: z.number().int().nullable(),
  /** The user's name as it is now; null for entries without a user (failed logins of unknown logins). */
  userName: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  /** The JSON the action recorded, as text. */
  details: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** An export holds at most this many entries: beyond, narrow the filter (a period, a user). */
export const AUDIT_EXPORT_MAX = 100_000;

export const auditApi = {
  'audit.list': method({
    summary:
      'The audit log, newest first, filtered and one page at a time, with the count of matching entries.',
    input: auditFilterSchema
      .extend({
        page: z.number().int().min(0).max(1_000_000).default(0),
        pageSize: z.number().int().min(10).max(200).default(50),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(auditEntrySchema) }),
    access: ['admin'],
  }),
  'audit.exportXlsx': method({
    summary: `The filtered audit log as an XLSX workbook (at most ${AUDIT_EXPORT_MAX} entries).`,
    input: auditFilterSchema.strict(),
    output: fileDownload,
    access: ['admin'],
  }),
};
