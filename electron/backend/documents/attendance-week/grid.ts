import { weekday } from '../../../../shared/domain/calendar/dates';
import { sheetPdfFr } from '../../../../shared/i18n/fr/absences';
import { printsFr } from '../../../../shared/i18n/fr/prints';
import { printedName, statusLabel } from '../attendance/sheet';
import { drawFittedImage } from '../centre-header';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import { singleLine } from '../text';
import { fittingSize } from './heading';
import type { WeekCell, WeekLearner, WeekPrint, WeekSession } from './week';

const t = printsFr.week;
const NAME_COLUMN = 150;
const DAY_ROW = 13;
export const SESSION_ROW = 36;
export const TRAINER_ROW = 34;
const PAD = 2.5;
const OUTSIDE_FILL = '#eceff1';
const ABSENT_FILL = '#f3e3e1';

export interface Grid {
  left: number;
  nameWidth: number;
  cellWidth: number;
  /** The x of session i's column. */
  x(i: number): number;
  right: number;
}

export function gridOf(pdf: Pdf, sessions: number): Grid {
  const { left, width } = pdf.box;
  const cellWidth = (width - NAME_COLUMN) / Math.max(sessions, 1);
  return {
    left,
    nameWidth: NAME_COLUMN,
    cellWidth,
    x: (i) => left + NAME_COLUMN + i * cellWidth,
    right: left + width,
  };
}

/** The day band (one cell per day, over its half-days), then each half-day's slot, subject and trainer. */
export function drawColumnHeader(
  pdf: Pdf,
  grid: Grid,
  sessions: readonly WeekSession[],
  top: number,
): number {
  const { doc } = pdf;
  const height = DAY_ROW + SESSION_ROW;
  doc.rect(grid.left, top, grid.right - grid.left, height).fill(COLOURS.fill);
  pdf.font(FONT.bold, 9);
  singleLine(pdf, t.learner, grid.left + PAD + 2, top + height / 2 - 5, grid.nameWidth - 2 * PAD);
  let first = 0;
  sessions.forEach((session, i) => {
    if (sessions[i + 1]?.date === session.date) return;
    const x = grid.x(first);
    const width = grid.x(i + 1) - x;
    pdf.font(FONT.bold, 8);
    singleLine(pdf, t.day(session.date, weekday(session.date)), x + PAD, top + 3, width - 2 * PAD, 'center');
    doc.lineWidth(0.5).strokeColor(COLOURS.rule).rect(x, top, width, DAY_ROW).stroke();
    first = i + 1;
  });
  sessions.forEach((session, i) => {
    const x = grid.x(i) + PAD;
    const width = grid.cellWidth - 2 * PAD;
    let y = top + DAY_ROW + 2;
    pdf.font(FONT.regular, 6.5, COLOURS.muted);
    singleLine(pdf, t.slot(session.slot, session.start, session.end), x, y, width);
    y += 8;
    pdf.font(FONT.bold, 7);
    doc.text(session.subjectName, x, y, { width, height: 17, ellipsis: true });
    pdf.font(FONT.regular, 6.5);
    singleLine(pdf, session.trainerName ?? t.noTrainer, x, top + height - 10, width);
  });
  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  doc.rect(grid.left, top, grid.right - grid.left, height);
  for (let i = 0; i < sessions.length; i++) doc.rect(grid.x(i), top + DAY_ROW, grid.cellWidth, SESSION_ROW);
  doc.stroke();
  return top + height;
}

/** A learner's box for one half-day: blank, or what was recorded with the drawn signature. */
function drawCell(pdf: Pdf, cell: WeekCell, filled: boolean, x: number, y: number, w: number, h: number) {
  const { doc } = pdf;
  if (cell === null) {
    doc.rect(x, y, w, h).fill(OUTSIDE_FILL);
    pdf.font(FONT.italic, 6, COLOURS.muted);
    singleLine(pdf, t.notMember, x + PAD, y + h / 2 - 3, w - 2 * PAD, 'center');
    return;
  }
  if (!filled || cell.presence === null) return;
  const status = statusLabel({ ...cell, surname: '', firstName: '' })?.replace(/\n/g, ' · ') ?? null;
  if (cell.presence === 'absent') {
    // Shaded with the word in its middle: read at a glance, and no room left to sign.
    doc.rect(x, y, w, h).fill(ABSENT_FILL);
    pdf.font(FONT.bold, 6.5);
    singleLine(pdf, status ?? '', x + PAD, y + h / 2 - 3.5, w - 2 * PAD, 'center');
    return;
  }
  const textHeight = 7;
  if (cell.signature) {
    drawFittedImage(pdf, cell.signature, x + PAD, y + 1, w - 2 * PAD, h - textHeight - 2, 'center');
  }
  const plainPresence = cell.signature && status === sheetPdfFr.status.present;
  if (status && !plainPresence) {
    pdf.font(FONT.regular, 5.8, COLOURS.muted);
    const textY = cell.signature ? y + h - textHeight - 0.5 : y + h / 2 - 3.5;
    singleLine(pdf, status, x + PAD, textY, w - 2 * PAD, 'center');
  }
}

export function drawLearnerRow(
  pdf: Pdf,
  grid: Grid,
  print: WeekPrint,
  learner: WeekLearner,
  y: number,
  h: number,
) {
  const { doc } = pdf;
  const name = printedName(learner);
  const width = grid.nameWidth - 2 * PAD - 2;
  // A long name gets smaller before it is cut: the first name tells siblings apart.
  pdf.font(FONT.bold, fittingSize(pdf, FONT.bold, name, width, 8.5, 6.5));
  singleLine(pdf, name, grid.left + PAD + 2, y + h / 2 - 5, width);
  learner.cells.forEach((cell, i) => drawCell(pdf, cell, print.filled, grid.x(i), y, grid.cellWidth, h));
  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  doc.rect(grid.left, y, grid.nameWidth, h);
  for (let i = 0; i < learner.cells.length; i++) doc.rect(grid.x(i), y, grid.cellWidth, h);
  doc.stroke();
}

/** The trainer's box of each half-day, under the learners. */
export function drawTrainerRow(pdf: Pdf, grid: Grid, print: WeekPrint, y: number) {
  const { doc } = pdf;
  doc.rect(grid.left, y, grid.nameWidth, TRAINER_ROW).fill(COLOURS.fill);
  pdf.font(FONT.bold, 8.5);
  singleLine(pdf, t.trainerRow, grid.left + PAD + 2, y + TRAINER_ROW / 2 - 5, grid.nameWidth - 2 * PAD);
  print.sessions.forEach((session, i) => {
    const x = grid.x(i);
    if (print.filled && session.trainerSignature) {
      const [width, height] = [grid.cellWidth - 2 * PAD, TRAINER_ROW - 2 * PAD - 7];
      drawFittedImage(pdf, session.trainerSignature, x + PAD, y + PAD, width, height, 'center');
    }
    if (print.filled && session.signedOnPaper) {
      pdf.font(FONT.italic, 5.8, COLOURS.muted);
      singleLine(pdf, t.paper, x + PAD, y + TRAINER_ROW - 8, grid.cellWidth - 2 * PAD);
    }
  });
  doc.lineWidth(0.8).strokeColor(COLOURS.text);
  doc.rect(grid.left, y, grid.nameWidth, TRAINER_ROW);
  for (let i = 0; i < print.sessions.length; i++) doc.rect(grid.x(i), y, grid.cellWidth, TRAINER_ROW);
  doc.stroke();
  return y + TRAINER_ROW;
}
