import { weekday } from '../../../../shared/domain/calendar/dates';
import { slotLabelsFr } from '../../../../shared/i18n/fr/calendar';
import { planningPdfFr as t } from '../../../../shared/i18n/fr/planning-pdf';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import { dayFact, dayFill, drawHeading, drawLegend } from './heading';
import { sessionDetails, type PlanningPrint } from './print';

const SLOT_COLUMN = 78;
const HEADER_ROW = 30;
const LEGEND = 16;
const PAD = 4;

/**
 * A week on one A4 landscape page: days as columns, half-days as rows, as on screen.
 * Saturday and the evening row appear only when something is planned there, so an ordinary
 * week keeps wide cells.
 */
export function drawWeek(pdf: Pdf, print: PlanningPrint): void {
  const { doc } = pdf;
  const top = drawHeading(pdf, print, t.weekTitle(print.from, print.days.at(-1)?.date ?? print.to));
  const { left, width, bottom } = pdf.box;
  const days = print.days.filter(
    (d) => weekday(d.date) <= 5 || print.sessions.some((s) => s.date === d.date),
  );
  const slots = print.slots.filter(
    (s) => s.slot !== 'evening' || print.sessions.some((x) => x.slot === 'evening'),
  );
  const dayWidth = (width - SLOT_COLUMN) / days.length;
  const rowHeight = (bottom - LEGEND - top - HEADER_ROW) / slots.length;
  const x = (i: number) => left + SLOT_COLUMN + i * dayWidth;

  days.forEach((day, i) => {
    doc.rect(x(i), top, dayWidth, HEADER_ROW).fill(COLOURS.fill);
    pdf.font(FONT.bold, 9);
    doc.text(t.dayHeader(day.date, weekday(day.date)), x(i) + PAD, top + PAD, {
      width: dayWidth - 2 * PAD,
      lineBreak: false,
      height: doc.currentLineHeight(true),
      ellipsis: true,
    });
    const fact = dayFact(day);
    if (fact) {
      pdf.font(FONT.italic, 7, COLOURS.muted);
      doc.text(fact, x(i) + PAD, top + PAD + 12, {
        width: dayWidth - 2 * PAD,
        lineBreak: false,
        height: doc.currentLineHeight(true),
        ellipsis: true,
      });
    }
  });

  slots.forEach((slot, row) => {
    const y = top + HEADER_ROW + row * rowHeight;
    doc.rect(left, y, SLOT_COLUMN, rowHeight).fill(COLOURS.fill);
    pdf.font(FONT.bold, 9);
    doc.text(slotLabelsFr[slot.slot], left + PAD, y + PAD, { width: SLOT_COLUMN - 2 * PAD });
    pdf.font(FONT.regular, 7.5, COLOURS.muted);
    doc.text(t.slotTimes(slot.start, slot.end), left + PAD, y + PAD + 13, { width: SLOT_COLUMN - 2 * PAD });
    days.forEach((day, i) => {
      const fill = dayFill(day);
      if (fill) doc.rect(x(i), y, dayWidth, rowHeight).fill(fill);
      const sessions = print.sessions.filter((s) => s.date === day.date && s.slot === slot.slot);
      drawCell(pdf, print, sessions, x(i) + PAD, y + PAD, dayWidth - 2 * PAD, rowHeight - 2 * PAD);
    });
  });

  // Rules last, over the fills.
  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  const gridBottom = top + HEADER_ROW + slots.length * rowHeight;
  for (let i = 0; i <= days.length; i++) doc.moveTo(x(i), top).lineTo(x(i), gridBottom);
  doc.moveTo(left, top + HEADER_ROW).lineTo(left, gridBottom);
  for (let row = 0; row <= slots.length; row++) {
    const y = top + HEADER_ROW + row * rowHeight;
    doc.moveTo(left, y).lineTo(left + width, y);
  }
  doc.moveTo(left + SLOT_COLUMN, top).lineTo(left + width, top);
  doc.stroke();
  drawLegend(pdf, gridBottom + 4);
}

/** The sessions of one half-day, subject first: one for a group or trainer, several for a learner's overlap. */
function drawCell(
  pdf: Pdf,
  print: PlanningPrint,
  sessions: PlanningPrint['sessions'],
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const { doc } = pdf;
  let cursor = y;
  const end = y + height;
  for (const session of sessions) {
    if (cursor >= end - 10) break;
    pdf.font(FONT.bold, 9);
    doc.text(session.subjectName, x, cursor, { width, height: Math.min(24, end - cursor), ellipsis: true });
    cursor = doc.y + 1;
    pdf.font(FONT.regular, 8);
    for (const line of sessionDetails(print.view, session)) {
      if (cursor >= end - 9) break;
      doc.text(line, x, cursor, {
        width,
        lineBreak: false,
        height: doc.currentLineHeight(true),
        ellipsis: true,
      });
      cursor = doc.y;
    }
    if (session.note && cursor < end - 9) {
      pdf.font(FONT.italic, 7.5, COLOURS.muted);
      doc.text(session.note, x, cursor, { width, height: end - cursor, ellipsis: true });
      cursor = doc.y;
    }
    cursor += 4;
  }
}
