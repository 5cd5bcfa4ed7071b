import type { ParsedInput } from '../../../../shared/api/index';
import { attendanceFr as t } from '../../../../shared/i18n/fr/attendance';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { requireUser } from '../../context';
import { AppError, conflict } from '../../errors';
import { acceptUpload, deleteFile, saveFile, sniffMime, type IncomingFile } from '../../files/stored-files';
import { assertCanWrite, loadFacts } from './access';
import { closeSheet, ensureSheet, setLineSignature, setScan } from './repository';
import { roster } from './sheet-view';

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });
const fullName = (p: { firstName: string; surname: string }) => `${p.firstName} ${p.surname}`;

/** A drawn signature: the pad's PNG, checked to be one by its first bytes, whatever the text says. */
function signatureFile(base64: string, field: string, name: string): IncomingFile {
  const bytes = Buffer.from(base64, 'base64');
  if (sniffMime(bytes) !== 'image/png') throw invalid(field, t.notPng);
  return { name, mimeType: 'image/png', bytes };
}

/** A present learner signs the open sheet on screen; signing again replaces the drawing. */
export function signLearner(ctx: HandlerContext, input: ParsedInput<'attendance.signLearner'>): void {
  const facts = loadFacts(ctx, input.sessionId);
  assertCanWrite(ctx, facts);
  const entry = roster(ctx, facts.session).find((e) => e.learnerId === input.learnerId);
  if (!entry) throw invalid('learnerId', t.unknownLearner);
  if (entry.line?.presence !== 'present') throw conflict(t.signNotPresent(fullName(entry)));
  const file = signatureFile(
    input.signaturePng,
    'signaturePng',
    `signature-${input.sessionId}-${input.learnerId}.png`,
  );
  const fileId = saveFile(ctx.db, file, requireUser(ctx).id, ctx.now);
  setLineSignature(ctx.db, input.sessionId, input.learnerId, fileId, ctx.now);
  deleteFile(ctx.db, entry.line.signatureFileId);
  auditCall(ctx, 'attendance.signLearner', `session:${input.sessionId}`, { learnerId: input.learnerId });
}

/**
 * Closes the sheet. Either way every learner is recorded; on screen every present learner has
 * signed and the trainer signs now; on paper the signatures are on the printed sheet, whose scan
 * may come with it or later.
 */
export function closeSheetCall(ctx: HandlerContext, input: ParsedInput<'attendance.close'>): void {
  const facts = loadFacts(ctx, input.sessionId);
  assertCanWrite(ctx, facts);
  const { session, sheet } = facts;
  const entries = roster(ctx, session);
  if (entries.length === 0) throw conflict(t.emptySheet(session.groupName, session.date));
  const unrecorded = entries.filter((e) => e.line === null).map(fullName);
  if (unrecorded.length > 0) throw conflict(t.notRecorded(unrecorded));
  if (input.mode === 'screen') {
    const unsigned = entries.filter((e) => e.line!.presence === 'present' && !e.line!.signatureFileId);
    if (unsigned.length > 0) throw conflict(t.notSigned(unsigned.map(fullName)));
    if (!input.trainerSignaturePng) throw invalid('trainerSignaturePng', t.trainerSignatureMissing);
  }
  const drawn = input.trainerSignaturePng
    ? signatureFile(
        input.trainerSignaturePng,
        'trainerSignaturePng',
        `signature-formateur-${session.sessionId}.png`,
      )
    : null;
  const scan = input.scan ? acceptUpload(input.scan, 'scan') : null;

  const userId = requireUser(ctx).id;
  ensureSheet(ctx.db, session.sessionId, ctx.now);
  const signatureId = drawn
    ? saveFile(ctx.db, drawn, userId, ctx.now)
    : (sheet?.trainerSignatureFileId ?? null);
  closeSheet(
    ctx.db,
    session.sessionId,
    { mode: input.mode, trainerSignatureFileId: signatureId, userId },
    ctx.now,
  );
  if (signatureId !== (sheet?.trainerSignatureFileId ?? null)) {
    deleteFile(ctx.db, sheet?.trainerSignatureFileId ?? null);
  }
  if (scan) replaceScan(ctx, session.sessionId, scan, sheet?.scanFileId ?? null);
  auditCall(ctx, 'attendance.close', `session:${session.sessionId}`, {
    mode: input.mode,
    scan: scan?.name ?? null,
  });
}

function replaceScan(
  ctx: HandlerContext,
  sessionId: number,
  scan: IncomingFile,
  previous: number | null,
): void {
  setScan(ctx.db, sessionId, saveFile(ctx.db, scan, requireUser(ctx).id, ctx.now), ctx.now);
  deleteFile(ctx.db, previous);
}

/** The scan of the paper sheet, before or after closing it (it often comes back from the copier later). */
export function attachScan(ctx: HandlerContext, input: ParsedInput<'attendance.attachScan'>): void {
  const facts = loadFacts(ctx, input.sessionId);
  assertCanWrite(ctx, facts, { closedAllowed: true });
  const scan = acceptUpload(input.scan, 'scan');
  ensureSheet(ctx.db, input.sessionId, ctx.now);
  replaceScan(ctx, input.sessionId, scan, facts.sheet?.scanFileId ?? null);
  auditCall(ctx, 'attendance.attachScan', `session:${input.sessionId}`, { name: scan.name });
}
