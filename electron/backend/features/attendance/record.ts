import type { ParsedInput } from '../../../../shared/api/index';
import { attendanceFr as t } from '../../../../shared/i18n/fr/attendance';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { requireUser } from '../../context';
import { AppError } from '../../errors';
import { deleteFile } from '../../files/stored-files';
import { assertCanWrite, loadFacts } from './access';
import {
  ensureSheet,
  learnerPerson,
  saveLine,
  touchSheet,
  type LineFields,
  type LineRow,
} from './repository';
import { roster, type RosterEntry } from './sheet-view';

type Entry = ParsedInput<'attendance.record'>['entries'][number];

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });
const fullName = (p: { firstName: string; surname: string }) => `${p.firstName} ${p.surname}`;

/**
 * The line an entry makes, from the line already there. An absence, a late arrival or an early
 * leave needs a follow-up: "justified" when excused at the roll call, else "pending" — unless
 * the line says the same as before, whose follow-up (maybe justified since by a manager) stays,
 * or the entry takes the excuse back (`excused: false`: "Absent" chosen after "Excusé").
 * Minutes mean nothing for an absence; an absent learner's signature goes.
 */
export function nextLine(entry: Entry, existing: LineRow | null): LineFields {
  const absent = entry.presence === 'absent';
  const lateMinutes = absent ? 0 : entry.lateMinutes;
  const leftEarlyMinutes = absent ? 0 : entry.leftEarlyMinutes;
  const needsFollowUp = absent || lateMinutes > 0 || leftEarlyMinutes > 0;
  const sameKind =
    existing !== null &&
    existing.presence === entry.presence &&
    existing.lateMinutes === lateMinutes &&
    existing.leftEarlyMinutes === leftEarlyMinutes;

  const signature = {
    signatureFileId: absent ? null : (existing?.signatureFileId ?? null),
    signedAt: absent ? null : (existing?.signedAt ?? null),
  };
  const base = { presence: entry.presence, lateMinutes, leftEarlyMinutes, ...signature };
  if (!needsFollowUp) {
    return {
      ...base,
      justification: null,
      excuseReason: null,
      excuseNote: null,
      excuseFileId: null,
      employerNotifiedOn: null,
    };
  }
  const kept = {
    excuseFileId: existing?.excuseFileId ?? null,
    employerNotifiedOn: existing?.employerNotifiedOn ?? null,
  };
  if (entry.excused) {
    return {
      ...base,
      ...kept,
      justification: 'justified',
      excuseReason: entry.excuseReason,
      excuseNote: entry.excuseNote,
    };
  }
  if (sameKind && existing.justification !== null && entry.excused !== false) {
    const { justification, excuseReason, excuseNote } = existing;
    return { ...base, ...kept, justification, excuseReason, excuseNote };
  }
  return { ...base, ...kept, justification: 'pending', excuseReason: null, excuseNote: null };
}

const FIELDS: (keyof LineFields)[] = [
  'presence',
  'lateMinutes',
  'leftEarlyMinutes',
  'justification',
  'excuseReason',
  'excuseNote',
  'excuseFileId',
  'employerNotifiedOn',
  'signatureFileId',
  'signedAt',
];

const unchanged = (next: LineFields, existing: LineRow | null) =>
  existing !== null && FIELDS.every((f) => next[f] === existing[f]);

/** Every entry's learner must be on the sheet, once; an "other" excuse says what it is. */
function checkEntries(
  ctx: HandlerContext,
  entries: readonly Entry[],
  sheet: Map<number, RosterEntry>,
  where: {
    groupName: string;
    date: string;
  },
): void {
  const seen = new Set<number>();
  entries.forEach((entry, i) => {
    const field = `entries.${i}.learnerId`;
    const onSheet = sheet.get(entry.learnerId);
    if (!onSheet) {
      const person = learnerPerson(ctx.db, entry.learnerId);
      throw invalid(
        field,
        person ? t.notOnSheet(fullName(person), where.groupName, where.date) : t.unknownLearner,
      );
    }
    if (seen.has(entry.learnerId)) throw invalid(field, t.duplicateEntry(fullName(onSheet)));
    seen.add(entry.learnerId);
    if (entry.excused && entry.excuseReason === 'other' && !entry.excuseNote) {
      throw invalid(`entries.${i}.excuseNote`, t.otherNeedsNote);
    }
  });
}

/**
 * Records the roll call of some learners. Each changed line keeps who recorded it and when; a
 * line sent again unchanged keeps its first recording, so the time shows when it was taken.
 */
export function recordEntries(ctx: HandlerContext, input: ParsedInput<'attendance.record'>): void {
  const facts = loadFacts(ctx, input.sessionId);
  assertCanWrite(ctx, facts);
  const { session } = facts;
  const sheet = new Map(roster(ctx, session).map((e) => [e.learnerId, e]));
  checkEntries(ctx, input.entries, sheet, session);

  ensureSheet(ctx.db, session.sessionId, ctx.now);
  const userId = requireUser(ctx).id;
  const changed: number[] = [];
  for (const entry of input.entries) {
    const existing = sheet.get(entry.learnerId)!.line;
    const next = nextLine(entry, existing);
    if (unchanged(next, existing)) continue;
    saveLine(ctx.db, session.sessionId, entry.learnerId, next, userId, ctx.now);
    // Files the line no longer points to: nothing else refers to them.
    if (existing?.signatureFileId && existing.signatureFileId !== next.signatureFileId) {
      deleteFile(ctx.db, existing.signatureFileId);
    }
    if (existing?.excuseFileId && existing.excuseFileId !== next.excuseFileId) {
      deleteFile(ctx.db, existing.excuseFileId);
    }
    changed.push(entry.learnerId);
  }
  touchSheet(ctx.db, session.sessionId, ctx.now);
  auditCall(ctx, 'attendance.record', `session:${session.sessionId}`, {
    entries: input.entries,
    changed,
  });
}
