import { Pdf } from '../pdf';
import { drawMonth } from './month-layout';
import { planningPdfFr as t } from '../../../../shared/i18n/fr/planning-pdf';
import type { PlanningPrint } from './print';
import { drawWeek } from './week-layout';

/** A planning as a PDF file: one A4 landscape page for the week or the month. */
export function renderPlanningPdf(print: PlanningPrint): Promise<Buffer> {
  const pdf = new Pdf({ layout: 'landscape', title: t.documentTitle(print.who), printedOn: print.printedOn });
  if (print.period === 'week') drawWeek(pdf, print);
  else drawMonth(pdf, print);
  return pdf.toBuffer();
}
