import { planningPdfFr as t } from '../../../../shared/i18n/fr/planning-pdf';
import { drawCentreHeader } from '../centre-header';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import { singleLine } from '../text';
import { summary, type PlanningPrint } from './print';

/**
 * The top of a planning page: the centre's header (compact), who, which period, the total and
 * the hours per subject. Returns the y where the grid starts.
 */
export function drawHeading(pdf: Pdf, print: PlanningPrint, periodTitle: string): number {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  const top = drawCentreHeader(pdf, print.centre, { compact: true });
  const { total, bySubject } = summary(print);
  pdf.font(FONT.bold, 14, COLOURS.accent);
  singleLine(pdf, t.documentTitle(print.who), left, top, width * 0.68);
  pdf.font(FONT.bold, 10);
  singleLine(pdf, total, left, top + 3, width, 'right');
  pdf.font(FONT.regular, 10, COLOURS.muted);
  singleLine(pdf, periodTitle, left, top + 20, width);
  pdf.font(FONT.regular, 7.5, COLOURS.muted);
  const subjects = print.sessions.length > 0 ? bySubject : t.noSession;
  doc.text(subjects, left, top + 35, { width, height: 20, ellipsis: true });
  return top + 35 + Math.min(doc.heightOfString(subjects, { width }), 20) + 6;
}

/** The legend line under a grid. */
export function drawLegend(pdf: Pdf, y: number): void {
  const { left, width } = pdf.box;
  pdf.font(FONT.regular, 7, COLOURS.muted);
  singleLine(pdf, t.legend, left, y, width);
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
