import { printsFr } from '../../../../shared/i18n/fr/prints';
import { FONT } from '../fonts';
import { COLOURS, Pdf } from '../pdf';
import { singleLine } from '../text';
import { drawColumnHeader, drawLearnerRow, drawTrainerRow, gridOf, TRAINER_ROW } from './grid';
import { drawWeekHeading } from './heading';
import { learnersPerPage, type WeekPrint } from './week';

const t = printsFr.week;
/** Tall enough to sign in (about 10 mm) when few learners share the page. */
const MAX_ROW = 28;
const NOTE = 14;

/**
 * A group's week of attendance sheets on A4 landscape: a row per learner, a column per planned
 * half-day, a box to sign in each, the trainer's box per half-day at the bottom. More than 18
 * learners continue on further pages, each with the whole heading, so each page stands alone.
 */
export function renderWeekPdf(print: WeekPrint): Promise<Buffer> {
  const pdf = new Pdf({
    layout: 'landscape',
    title: t.documentTitle(print.cohortName, print.groupName, print.monday),
    printedOn: print.printedOn,
  });
  const grid = gridOf(pdf, print.sessions.length);
  let next = 0;
  learnersPerPage(print.learners.length).forEach((count, page) => {
    if (page > 0) pdf.addPage();
    let y = drawColumnHeader(pdf, grid, print.sessions, drawWeekHeading(pdf, print));
    const available = pdf.box.bottom - y - TRAINER_ROW - NOTE;
    const rowHeight = count > 0 ? Math.min(MAX_ROW, available / count) : 0;
    for (const learner of print.learners.slice(next, next + count)) {
      drawLearnerRow(pdf, grid, print, learner, y, rowHeight);
      y += rowHeight;
    }
    next += count;
    y = drawTrainerRow(pdf, grid, print, y);
    pdf.font(FONT.italic, 7.5, COLOURS.muted);
    singleLine(pdf, print.filled ? t.filled(print.printedOn) : t.blank, pdf.box.left, y + 4, pdf.box.width);
  });
  return pdf.toBuffer();
}
