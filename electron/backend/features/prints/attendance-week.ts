import type { FileDownload } from '../../../../shared/api/fields';
import { addDays, mondayOf } from '../../../../shared/domain/calendar/dates';
import { byPersonName } from '../../../../shared/format/sort';
import { attendanceFr } from '../../../../shared/i18n/fr/attendance';
import { printsFr as t } from '../../../../shared/i18n/fr/prints';
import type { HandlerContext } from '../../context';
import { renderWeekPdf } from '../../documents/attendance-week/render';
import type { WeekCell, WeekLearner, WeekPrint, WeekSession } from '../../documents/attendance-week/week';
import { notFound } from '../../errors';
import { safeFileName } from '../../file-names';
import { printLines, printSheetRow, programmeTitle, type PrintLineRow } from '../absences/print-repository';
import { readCentreForPrint } from '../centre/identity';
import { isoDay } from '../cohorts/dates';
import { groupFacts } from '../cohorts/membership';
import { sessionsOf } from '../planning/repository';
import { readSettings } from '../settings/repository';

interface Request {
  groupId: number;
  date: string;
  filled: boolean;
}

function cellOf(line: PrintLineRow, filled: boolean): NonNullable<WeekCell> {
  if (!filled) {
    return {
      presence: null,
      lateMinutes: 0,
      leftEarlyMinutes: 0,
      justification: null,
      signedAt: null,
      signature: null,
    };
  }
  return {
    presence: line.presence,
    lateMinutes: line.lateMinutes ?? 0,
    leftEarlyMinutes: line.leftEarlyMinutes ?? 0,
    justification: line.justification,
    signedAt: line.signedAt,
    signature: line.signature,
  };
}

/**
 * What a group's week of sheets shows, read in the call's transaction: each half-day's sheet as
 * the single-sheet print reads it (the members on that date, and anyone already recorded), so
 * a learner who joined on Wednesday has no box on Monday.
 */
export function readWeekPrint({ db, now }: HandlerContext, { groupId, date, filled }: Request): WeekPrint {
  const group = groupFacts(db, groupId);
  const monday = mondayOf(date);
  const rows = sessionsOf(db, 'group', groupId, monday, addDays(monday, 6));
  if (rows.length === 0) throw notFound(t.week.noSessions(group.name, monday));
  const { slots } = readSettings(db);
  const learners = new Map<number, WeekLearner>();
  const sessions: WeekSession[] = rows.map((session, index) => {
    for (const line of printLines(db, session.id, groupId, session.date)) {
      let learner = learners.get(line.learnerId);
      if (!learner) {
        learner = { surname: line.surname, firstName: line.firstName, cells: rows.map(() => null) };
        learners.set(line.learnerId, learner);
      }
      learner.cells[index] = cellOf(line, filled);
    }
    const sheet = filled ? printSheetRow(db, session.id) : null;
    return {
      date: session.date,
      slot: session.slot,
      start: slots[session.slot].start,
      end: slots[session.slot].end,
      subjectName: session.subjectName,
      trainerName: session.trainerName,
      trainerSignature: sheet?.trainerSignature ?? null,
      signedOnPaper: sheet?.mode === 'paper',
    };
  });
  return {
    centre: readCentreForPrint(db),
    actionTitle: attendanceFr.actionTitle(programmeTitle(db, group.cohort_id), group.cohort_name),
    cohortName: group.cohort_name,
    groupName: group.name,
    monday,
    lastDay: addDays(monday, rows.some((s) => s.date === addDays(monday, 6)) ? 6 : 5),
    filled,
    sessions,
    learners: [...learners.values()].sort(byPersonName),
    printedOn: isoDay(now),
  };
}

export async function weekPdf(print: WeekPrint): Promise<FileDownload> {
  const pdf = await renderWeekPdf(print);
  return {
    fileName: safeFileName(
      t.week.fileName(print.cohortName, print.groupName, print.monday, print.filled),
      'pdf',
    ),
    mimeType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}
