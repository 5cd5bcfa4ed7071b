import { printsFr } from '../../../../shared/i18n/fr/prints';
import { drawCentreHeader } from '../centre-header';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import type { FontName } from '../fonts';
import { singleLine } from '../text';
import type { WeekPrint } from './week';

const t = printsFr.week;

/** The largest size from `size` down to `min` (by half points) at which `text` fits `width`. */
export function fittingSize(
  pdf: Pdf,
  font: FontName,
  text: string,
  width: number,
  size: number,
  min: number,
): number {
  let fit = size;
  pdf.doc.font(font);
  while (fit > min && pdf.doc.fontSize(fit).widthOfString(text) > width) fit -= 0.5;
  return fit;
}

/**
 * The top of every page of the week: each page is a sheet of its own (signed, filed, shown to a
 * funder page by page), so the centre, the action, the group and the week are on each.
 * Returns the y where the grid starts.
 */
export function drawWeekHeading(pdf: Pdf, print: WeekPrint): number {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  const top = drawCentreHeader(pdf, print.centre, { compact: true });
  const aside = t.count(print.learners.length);
  pdf.font(FONT.regular, 9, COLOURS.muted);
  const asideWidth = doc.widthOfString(aside) + 2;
  singleLine(pdf, aside, left + width - asideWidth, top + 3, asideWidth, 'right');
  pdf.font(FONT.bold, 13, COLOURS.accent);
  const titleWidth = Math.min(doc.widthOfString(t.title) + 2, width * 0.45);
  singleLine(pdf, t.title, left, top, titleWidth);
  // The week's dates are what a reader looks for: smaller rather than cut.
  const period = t.period(print.monday, print.lastDay);
  const periodWidth = width - titleWidth - asideWidth - 36;
  pdf.font(FONT.bold, fittingSize(pdf, FONT.bold, period, periodWidth, 9.5, 7));
  singleLine(pdf, period, left + titleWidth + 18, top + 3, periodWidth);
  const details = `${t.group(print.cohortName, print.groupName)} · ${t.action(print.actionTitle)}`;
  pdf.font(FONT.regular, fittingSize(pdf, FONT.regular, details, width, 8.5, 7), COLOURS.text);
  singleLine(pdf, details, left, top + 18, width);
  return top + 34;
}
