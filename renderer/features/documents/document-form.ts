import type { BatchFormat, DocumentKind, DocumentRequest } from '../../../shared/api/documents';
import { dateParts, daysInMonth, isoDate } from '../../../shared/domain/calendar';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';

/** What the Générer form holds; ids are null until chosen. */
export interface DocumentForm {
  kind: DocumentKind;
  cohortId: number | null;
  groupId: number | null;
  periodId: number | null;
  /** Certificates: a whole month (`month`, its first day) or any dates (`from`, `to`). */
  range: 'month' | 'custom';
  month: string;
  from: string;
  to: string;
  /** The learners ticked; null means all of the scope (the request then names none). */
  learnerIds: readonly number[] | null;
  format: BatchFormat;
}

export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

export function firstOfMonth(date: string): string {
  const { year, month } = dateParts(date);
  return isoDate(year, month, 1);
}

export function lastOfMonth(firstDay: string): string {
  const { year, month } = dateParts(firstDay);
  return isoDate(year, month, daysInMonth(year, month));
}

/** The first day of every month a training overlaps, in order. */
export function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  let { year, month } = dateParts(start);
  const last = firstOfMonth(end);
  for (;;) {
    const first = isoDate(year, month, 1);
    if (first > last) return months;
    months.push(first);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** Funders ask about the month just ended: the previous month when the training covers it. */
export function defaultMonth(months: readonly string[], today: string): string {
  const current = firstOfMonth(today);
  const previous = [...months].reverse().find((m) => m < current);
  return previous ?? (months.includes(current) ? current : (months[0] ?? current));
}

/** The dates a certificate covers, as the form states them. */
export function certificateRange(form: DocumentForm): { from: string; to: string } {
  return form.range === 'month'
    ? { from: form.month, to: form.month ? lastOfMonth(form.month) : '' }
    : { from: form.from, to: form.to };
}

export type Built = { ok: true; request: DocumentRequest } | { ok: false; fields: Record<string, string> };

/**
 * The contract's request from the form, or the French message of each field still missing —
 * said before anything is sent, under the field concerned. `scope` is every learner offered.
 */
export function buildRequest(form: DocumentForm, scope: readonly number[]): Built {
  const fields: Record<string, string> = {};
  const subset = form.learnerIds && form.learnerIds.length < scope.length ? [...form.learnerIds] : undefined;
  if (form.learnerIds && form.learnerIds.length === 0) fields.learnerIds = t.required.learnerIds;

  if (form.kind === 'reportCards') {
    if (!form.groupId) fields.groupId = t.required.groupId;
    if (!form.periodId) fields.periodId = t.required.periodId;
    if (Object.keys(fields).length > 0) return { ok: false, fields };
    return {
      ok: true,
      request: { kind: 'reportCards', groupId: form.groupId!, periodId: form.periodId!, learnerIds: subset },
    };
  }
  if (!form.cohortId) fields.cohortId = t.required.cohortId;
  const common = { cohortId: form.cohortId!, groupId: form.groupId ?? undefined, learnerIds: subset };
  if (form.kind === 'attestations') {
    return Object.keys(fields).length > 0
      ? { ok: false, fields }
      : { ok: true, request: { kind: 'attestations', ...common } };
  }
  const { from, to } = certificateRange(form);
  const fromField = form.range === 'month' ? 'month' : 'from';
  if (!from) fields[fromField] = t.required.from;
  if (!to && form.range === 'custom') fields.to = t.required.to;
  if (from && to && to < from) fields.to = t.rangeOrder;
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, request: { kind: 'certificates', ...common, from, to } };
}

/**
 * The backend names fields by their path in the call's input: "request.periodId" for a batch,
 * "periodId" for a preview. The form shows both under the same field; a date of the month
 * shortcut goes under the month.
 */
export function formFields(
  fields: Record<string, string>,
  range: DocumentForm['range'],
): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    let key = path.replace(/^request\./, '').split('.')[0]!;
    if (range === 'month' && (key === 'from' || key === 'to')) key = 'month';
    shown[key] ??= message;
  }
  return shown;
}
