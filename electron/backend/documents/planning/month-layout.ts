import { addDays, dateParts, mondayOf, weekday } from '../../../../shared/domain/calendar/dates';
import { planningPdfFr as t } from '../../../../shared/i18n/fr/planning-pdf';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import { dayFact, dayFill, drawHeading, drawLegend } from './heading';
import { sessionDetails, type PlanningPrint } from './print';

const HEADER_ROW = 16;
const LEGEND = 16;
const PAD = 3;

/**
 * A month on one A4 landscape page, as a wall calendar: a row per week, Monday to Friday (and
 * Saturday when something is planned on one), each day listing its sessions in slot order.
 */
export function drawMonth(pdf: Pdf, print: PlanningPrint): void {
  const { doc } = pdf;
  const top = drawHeading(pdf, print, t.monthTitle(print.from.slice(0, 7)));
  const { left, width, bottom } = pdf.box;
  const byDate = new Map(print.days.map((d) => [d.date, d]));
  const saturday = print.sessions.some((s) => weekday(s.date) === 6);
  const columns = saturday ? 6 : 5;
  // A month starting on a Sunday does not open on the week before it.
  const first = weekday(print.from) === 7 ? addDays(print.from, 1) : print.from;
  const weeks: string[] = [];
  for (let monday = mondayOf(first); monday <= print.to; monday = addDays(monday, 7)) weeks.push(monday);
  const colWidth = width / columns;
  const rowHeight = (bottom - LEGEND - top - HEADER_ROW) / weeks.length;

  for (let c = 0; c < columns; c++) {
    doc.rect(left + c * colWidth, top, colWidth, HEADER_ROW).fill(COLOURS.fill);
    pdf.font(FONT.bold, 8.5);
    doc.text(t.weekdayShort(c + 1), left + c * colWidth, top + 4, { width: colWidth, align: 'center' });
  }

  weeks.forEach((monday, row) => {
    const y = top + HEADER_ROW + row * rowHeight;
    for (let c = 0; c < columns; c++) {
      const date = addDays(monday, c);
      const day = byDate.get(date);
      const x = left + c * colWidth;
      const fill = dayFill(day);
      if (fill) doc.rect(x, y, colWidth, rowHeight).fill(fill);
      pdf.font(FONT.bold, 8, day ? COLOURS.text : COLOURS.muted);
      doc.text(String(dateParts(date).day), x + PAD, y + PAD, {
        width: 16,
        lineBreak: false,
        height: doc.currentLineHeight(true),
      });
      if (!day) continue;
      const fact = dayFact(day);
      if (fact) {
        pdf.font(FONT.italic, 6.5, COLOURS.muted);
        doc.text(fact, x + PAD + 16, y + PAD + 1, {
          width: colWidth - 2 * PAD - 16,
          lineBreak: false,
          height: doc.currentLineHeight(true),
          ellipsis: true,
        });
      }
      drawDaySessions(pdf, print, date, x + PAD, y + PAD + 11, colWidth - 2 * PAD, y + rowHeight - PAD);
    }
  });

  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  const gridBottom = top + HEADER_ROW + weeks.length * rowHeight;
  for (let c = 0; c <= columns; c++)
    doc.moveTo(left + c * colWidth, top).lineTo(left + c * colWidth, gridBottom);
  doc.moveTo(left, top).lineTo(left + width, top);
  for (let row = 0; row <= weeks.length; row++) {
    const y = top + HEADER_ROW + row * rowHeight;
    doc.moveTo(left, y).lineTo(left + width, y);
  }
  doc.stroke();
  drawLegend(pdf, gridBottom + 4);
}

function drawDaySessions(
  pdf: Pdf,
  print: PlanningPrint,
  date: string,
  x: number,
  y: number,
  width: number,
  end: number,
): void {
  let cursor = y;
  for (const session of print.sessions.filter((s) => s.date === date)) {
    if (cursor > end - 8) break;
    pdf.font(FONT.bold, 7);
    // Up to two lines for the subject: long BTS subject names are the point of the cell.
    pdf.doc.text(`${t.slotShort[session.slot]} ${session.subjectName}`, x, cursor, {
      width,
      height: Math.min(2 * pdf.doc.currentLineHeight(true), end - cursor - 8),
      ellipsis: true,
    });
    cursor = pdf.doc.y;
    if (cursor > end - 8) break;
    pdf.font(FONT.regular, 6.5, COLOURS.muted);
    oneLine(pdf, sessionDetails(print.view, session).join(' · '), x, cursor, width);
    cursor += 10;
  }
}

/** One line cut with an ellipsis where it would overflow the cell (pdfkit wraps otherwise). */
function oneLine(pdf: Pdf, text: string, x: number, y: number, width: number): void {
  pdf.doc.text(text, x, y, { width, height: pdf.doc.currentLineHeight(true), ellipsis: true });
}
