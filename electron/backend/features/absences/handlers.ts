import { auditCall } from '../../audit';
import { staged, type HandlersOf } from '../../handlers';
import { attendanceAlerts } from './alerts';
import { employerMessage } from './employer-message';
import { absenceDocument, listAbsences, updateAbsence } from './follow-up';
import { hoursRealised } from './realised';
import { readSheetPrint, sheetPdf } from './sheet-print';
import { attendanceStats } from './stats';
import { statsWorkbook, type StatsWorkbook } from './stats-xlsx';

/**
 * The follow-up of attendance: absences and their justification, the employer's message, hours
 * realised, statistics, alerts and the printed sheet. Exports and prints are staged: read in the
 * transaction, written (exceljs, pdfkit: asynchronous) after it.
 */
export const absencesHandlers: HandlersOf<
  | 'absences.list'
  | 'absences.update'
  | 'absences.document'
  | 'absences.employerMessage'
  | 'attendance.hours'
  | 'attendance.stats'
  | 'attendance.exportStats'
  | 'attendance.alerts'
  | 'attendance.printSheet'
> = {
  'absences.list': (input, ctx) => listAbsences(ctx, input),

  'absences.update': (input, ctx) => updateAbsence(ctx, input),

  'absences.document': ({ sessionId, learnerId }, ctx) => absenceDocument(ctx, sessionId, learnerId),

  'absences.employerMessage': (input, ctx) => employerMessage(ctx, input),

  'attendance.hours': (input, { db }) => hoursRealised(db, input),

  'attendance.stats': (input, { db }) => attendanceStats(db, input).stats,

  'attendance.exportStats': staged<'attendance.exportStats', undefined, StatsWorkbook>({
    run: (input, ctx) => {
      const read = attendanceStats(ctx.db, input);
      // The workbook carries learners' absences out of Carnet: who took it is kept.
      auditCall(ctx, 'attendance.exportStats', read.scope.label, input);
      return read;
    },
    after: statsWorkbook,
  }),

  'attendance.alerts': (_input, { db }) => attendanceAlerts(db),

  'attendance.printSheet': staged({
    run: ({ sessionId }, ctx) => readSheetPrint(ctx, sessionId),
    after: sheetPdf,
  }),
};
