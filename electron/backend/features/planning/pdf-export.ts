import type { FileDownload } from '../../../../shared/api/fields';
import type { PRINT_PERIODS } from '../../../../shared/api/planning';
import { addDays, dateParts, daysInMonth, isoDate, mondayOf } from '../../../../shared/domain/calendar/dates';
import { planningPdfFr as t } from '../../../../shared/i18n/fr/planning-pdf';
import type { PlanningPrint } from '../../documents/planning/print';
import { renderPlanningPdf } from '../../documents/planning/render';
import type { HandlerContext } from '../../context';
import { safeFileName } from '../../file-names';
import { readCentreForPrint } from '../centre/identity';
import { isoDay } from '../cohorts/dates';
import { learnerOverrides, withoutOwnCompanyDays } from '../learner-plan/repository';
import { PlanningFacts } from './context';
import { exportSubject, type ExportView } from './export-subject';
import { learnerGroupBetween, sessionsOf } from './repository';
import { dayInfos, sessionViews, slotsOfDay } from './views';

interface Request {
  view: ExportView;
  id: number;
  period: (typeof PRINT_PERIODS)[number];
  date: string;
}

/** Monday to Saturday of the date's week, or the first to the last of its month. */
function periodOf(period: Request['period'], date: string): { from: string; to: string } {
  if (period === 'week') {
    const monday = mondayOf(date);
    return { from: monday, to: addDays(monday, 5) };
  }
  const { year, month } = dateParts(date);
  return { from: isoDate(year, month, 1), to: isoDate(year, month, daysInMonth(year, month)) };
}

/**
 * A learner's days follow the group they were in then (its rhythm, its cohort's zone) except
 * the days of their own plan; one out of any group gets the centre-wide calendar a trainer gets.
 */
function daysOf(facts: PlanningFacts, { view, id }: Request, from: string, to: string) {
  if (view !== 'learner') return dayInfos(facts, view, id, from, to);
  const groupId = learnerGroupBetween(facts.db, id, from, to);
  if (groupId === null) return dayInfos(facts, 'trainer', id, from, to);
  const own = new Map(learnerOverrides(facts.db, id).map((o) => [o.date, o.place]));
  return dayInfos(facts, 'group', groupId, from, to).map((day) => ({
    ...day,
    place: own.get(day.date) ?? day.place,
  }));
}

function sessionsOfRequest({ db }: PlanningFacts, { view, id }: Request, from: string, to: string) {
  const rows = sessionsOf(db, view, id, from, to);
  return view === 'learner' ? withoutOwnCompanyDays(db, id, rows) : rows;
}

/** What the printed planning shows, read in the call's transaction. */
export function planningPrint(
  request: Request,
  { db, now }: HandlerContext,
): { print: PlanningPrint; label: string } {
  const today = isoDay(now);
  const subject = exportSubject(db, request.view, request.id, today);
  const facts = new PlanningFacts(db);
  const { from, to } = periodOf(request.period, request.date);
  const print: PlanningPrint = {
    centre: readCentreForPrint(db),
    view: request.view,
    who: subject.group
      ? t.who.group(subject.group.cohortName, subject.group.name)
      : t.who[request.view === 'group' ? 'learner' : request.view](subject.label),
    period: request.period,
    from,
    to,
    days: daysOf(facts, request, from, to),
    slots: slotsOfDay(facts),
    sessions: sessionViews(facts, sessionsOfRequest(facts, request, from, to)),
    printedOn: today,
  };
  return { print, label: subject.label };
}

export async function planningPdf({
  print,
  label,
}: {
  print: PlanningPrint;
  label: string;
}): Promise<FileDownload> {
  const pdf = await renderPlanningPdf(print);
  return {
    fileName: safeFileName(t.fileName(label, print.period, print.from), 'pdf'),
    mimeType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}
