import type { FileDownload } from '../../../../shared/api/fields';
import { slotDurationHours } from '../../../../shared/domain/calendar/half-days';
import { byPersonName } from '../../../../shared/format/sort';
import { sheetPdfFr as t } from '../../../../shared/i18n/fr/absences';
import { attendanceFr } from '../../../../shared/i18n/fr/attendance';
import { planningFr } from '../../../../shared/i18n/fr/planning';
import type { HandlerContext } from '../../context';
import { renderSheetPdf } from '../../documents/attendance/render';
import type { SheetPrint } from '../../documents/attendance/sheet';
import { notFound } from '../../errors';
import { safeFileName } from '../../file-names';
import { isoDay } from '../cohorts/dates';
import { findSessionView } from '../planning/repository';
import { readCentreForPrint } from '../centre/identity';
import { readSettings } from '../settings/repository';
import { printLines, printSheetRow, programmeTitle } from './print-repository';

/** What the printed sheet of a session shows, read in the call's transaction. */
export function readSheetPrint({ db, now }: HandlerContext, sessionId: number): SheetPrint {
  const session = findSessionView(db, sessionId);
  if (!session) throw notFound(planningFr.sessionNotFound);
  const { slots } = readSettings(db);
  const sheet = printSheetRow(db, sessionId);
  const lines = printLines(db, sessionId, session.groupId, session.date).sort(byPersonName);
  return {
    centre: readCentreForPrint(db),
    actionTitle: attendanceFr.actionTitle(programmeTitle(db, session.cohortId), session.cohortName),
    groupName: session.groupName,
    cohortName: session.cohortName,
    subjectName: session.subjectName,
    date: session.date,
    slot: session.slot,
    start: slots[session.slot].start,
    end: slots[session.slot].end,
    hours: slotDurationHours(session.slot, slots),
    roomName: session.roomName,
    modality: session.modality,
    trainerName: session.trainerName,
    mode: sheet?.mode ?? null,
    closedAt: sheet?.closedAt ?? null,
    closedBy: sheet?.closedBy ?? null,
    trainerSignature: sheet?.trainerSignature ?? null,
    lines: lines.map((line) => ({
      surname: line.surname,
      firstName: line.firstName,
      presence: line.presence,
      lateMinutes: line.lateMinutes ?? 0,
      leftEarlyMinutes: line.leftEarlyMinutes ?? 0,
      justification: line.justification,
      signedAt: line.signedAt,
      signature: line.signature,
    })),
    printedOn: isoDay(now),
  };
}

/** Drawn after the transaction: pdfkit streams its output asynchronously. */
export async function sheetPdf(print: SheetPrint): Promise<FileDownload> {
  const pdf = await renderSheetPdf(print);
  return {
    fileName: safeFileName(t.fileName(print.cohortName, print.groupName, print.date, print.slot), 'pdf'),
    mimeType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}
