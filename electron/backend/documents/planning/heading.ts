import { planningPdfFr as t } from '../../../../shared/i18n/fr/planning-pdf';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import { summary, type PlanningPrint } from './print';

/**
 * The top of a planning page: who, which period, the total and the hours per subject.
 * Returns the y where the grid starts.
 */
export function drawHeading(pdf: Pdf, print: PlanningPrint, periodTitle: string): number {
  const { doc } = pdf;
  const { left, top, width } = pdf.box;
  const { total, bySubject } = summary(print);
  pdf.font(FONT.bold, 14, COLOURS.accent);
  doc.text(t.documentTitle(print.who), left, top, { width: width * 0.68, lineBreak: false, ellipsis: true });
  pdf.font(FONT.bold, 10);
  doc.text(total, left, top + 3, { width, align: 'right', lineBreak: false });
  pdf.font(FONT.regular, 10, COLOURS.muted);
  doc.text(periodTitle, left, top + 20, { width, lineBreak: false, ellipsis: true });
  pdf.font(FONT.regular, 7.5, COLOURS.muted);
  const subjects = print.sessions.length > 0 ? bySubject : t.noSession;
  doc.text(subjects, left, top + 35, { width, height: 20, ellipsis: true });
  return top + 35 + Math.min(doc.heightOfString(subjects, { width }), 20) + 6;
}

/** The legend line under a grid. */
export function drawLegend(pdf: Pdf, y: number): void {
  const { left, width } = pdf.box;
  pdf.font(FONT.regular, 7, COLOURS.muted);
  pdf.doc.text(t.legend, left, y, { width, lineBreak: false });
}

/** The background of a day cell: company days and holidays read at a glance. */
export function dayFill(day: PlanningPrint['days'][number] | undefined): string | null {
  if (!day) return COLOURS.fill;
  if (day.publicHoliday) return COLOURS.holiday;
  if (day.place === 'company') return COLOURS.company;
  return null;
}

/** The day's fact in a few words: "Férié : Noël", "En entreprise", "Vacances : Noël". */
export function dayFact(day: PlanningPrint['days'][number]): string | null {
  if (day.publicHoliday) return t.publicHoliday(day.publicHoliday);
  if (day.place === 'company') return t.company;
  if (day.schoolHoliday) return t.schoolHoliday(day.schoolHoliday);
  return null;
}
