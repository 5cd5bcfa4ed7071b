import { formatDateShort, formatHours } from '../../../../shared/format/fr';
import { reportCardsFr as t } from '../../../../shared/i18n/fr/report-cards';
import { drawCentreHeader, drawSignatureBlock } from '../centre-header';
import { FONT } from '../fonts';
import type { BatchPlan, LearnerDocument } from '../kind';
import { COLOURS, type Pdf } from '../pdf';
import { singleLine, wrapped, wrappedHeight } from '../text';
import type { ReportCardData } from './data';
import { drawMarksTable } from './table';

/**
 * One learner's report card (bulletin de notes), A4 portrait: the centre's header, the title,
 * who and what it is about, the marks table, the rank if the centre shows it, the team's
 * general appreciation, attendance over the period, and the signature block.
 */

const INFO_ROW = 13;
const LABEL_WIDTH = 62;
const GAP = 10;

export const printedName = (card: ReportCardData) =>
  `${card.learner.surname.toLocaleUpperCase('fr-FR')} ${card.learner.firstName}`;

/** A label and its value, the value wrapped in what is left of `width`; returns the height taken. */
function field(pdf: Pdf, label: string, value: string, x: number, y: number, width: number): number {
  pdf.font(FONT.bold, 8.5, COLOURS.muted);
  singleLine(pdf, `${label} :`, x, y, LABEL_WIDTH);
  pdf.font(FONT.regular, 9);
  wrapped(pdf, value, x + LABEL_WIDTH, y, width - LABEL_WIDTH);
  return fieldHeight(pdf, value, width);
}

function fieldHeight(pdf: Pdf, value: string, width: number): number {
  pdf.font(FONT.regular, 9);
  return Math.max(INFO_ROW, wrappedHeight(pdf, value, width - LABEL_WIDTH) + 2);
}

/**
 * Who and what the card is about, on a tinted box: name and group, birth date and cohort, then
 * the period and the programme across the width. Nothing is cut: a long name or title wraps
 * and the box grows.
 */
function drawIdentity(pdf: Pdf, card: ReportCardData, top: number): number {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  pdf.font(FONT.bold, 15, COLOURS.accent);
  doc.text(card.title, left, top, { width });
  const l = t.labels;
  const half = (width - 12) / 2;
  const birth = card.learner.birthDate ? formatDateShort(card.learner.birthDate) : t.noValue;
  const rows: [string, string, string, string][] = [
    [l.learner, printedName(card), l.group, card.groupName],
    [l.birthDate, birth, l.cohort, card.cohortName],
    [l.period, t.periodRange(card.period.startDate, card.period.endDate), '', ''],
    [l.programme, card.programmeTitle, '', ''],
  ];
  const layout = rows.map(([, value, rightLabel, rightValue]) =>
    rightLabel
      ? Math.max(fieldHeight(pdf, value, half - 6), fieldHeight(pdf, rightValue, half))
      : fieldHeight(pdf, value, width - 12),
  );
  const boxTop = doc.y + 6;
  const boxHeight = layout.reduce((sum, h) => sum + h, 0) + 8;
  doc.rect(left, boxTop, width, boxHeight).fill(COLOURS.fill);
  let y = boxTop + 5;
  rows.forEach(([label, value, rightLabel, rightValue], i) => {
    if (rightLabel) {
      field(pdf, label, value, left + 6, y, half - 6);
      field(pdf, rightLabel, rightValue, left + 6 + half, y, half);
    } else {
      field(pdf, label, value, left + 6, y, width - 12);
    }
    y += layout[i]!;
  });
  return boxTop + boxHeight + GAP;
}

/** The top of a page the table goes on to: whose card it is. */
function drawContinued(pdf: Pdf, card: ReportCardData): number {
  const { left, top, width } = pdf.box;
  pdf.font(FONT.bold, 9.5, COLOURS.accent);
  singleLine(pdf, t.continued(card.title, printedName(card)), left, top, width);
  return top + 18;
}

function drawNotes(pdf: Pdf, card: ReportCardData, top: number): number {
  const { left, width } = pdf.box;
  let y = top + 3;
  const provisional = card.general.learner.provisional || card.rows.some((row) => row.learner.provisional);
  if (provisional) {
    pdf.font(FONT.italic, 7.5, COLOURS.muted);
    singleLine(pdf, t.provisionalNote, left, y, width / 2);
  }
  if (card.general.rank) {
    pdf.font(FONT.bold, 9);
    singleLine(pdf, t.rank(card.general.rank.rank, card.general.rank.of), left, y, width, 'right');
  }
  if (provisional || card.general.rank) y += 13;
  return y + GAP - 3;
}

/** A titled box of text that moves whole to the next page when it does not fit. */
function drawBox(
  pdf: Pdf,
  card: ReportCardData,
  title: string,
  body: string,
  italic: boolean,
  top: number,
): number {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  pdf.font(italic ? FONT.italic : FONT.regular, 9);
  const textHeight = doc.heightOfString(body, { width: width - 12 });
  const height = 16 + textHeight + 8;
  let y = top;
  if (y + height > pdf.box.bottom) {
    pdf.addPage();
    y = drawContinued(pdf, card);
  }
  pdf.font(FONT.bold, 9.5, COLOURS.accent);
  singleLine(pdf, title, left, y, width);
  doc
    .lineWidth(0.5)
    .strokeColor(COLOURS.rule)
    .rect(left, y + 13, width, height - 13)
    .stroke();
  pdf.font(italic ? FONT.italic : FONT.regular, 9, italic ? COLOURS.muted : COLOURS.text);
  doc.text(body, left + 6, y + 18, { width: width - 12 });
  return y + height + GAP;
}

function drawAttendance(pdf: Pdf, card: ReportCardData, top: number): number {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  const a = card.absences;
  const cells: [string, string][] = [
    [
      t.justified,
      a.justified.halfDays === 0
        ? t.none
        : `${t.halfDays(a.justified.halfDays)} (${formatHours(a.justified.hours)})`,
    ],
    [
      t.unjustified,
      a.unjustified.halfDays === 0
        ? t.none
        : `${t.halfDays(a.unjustified.halfDays)} (${formatHours(a.unjustified.hours)})`,
    ],
    [
      t.lates,
      a.lates.count === 0 ? t.noLate : `${t.lateCount(a.lates.count)} (${t.lateMinutes(a.lates.minutes)})`,
    ],
  ];
  const height = 13 + 32;
  let y = top;
  if (y + height > pdf.box.bottom) {
    pdf.addPage();
    y = drawContinued(pdf, card);
  }
  pdf.font(FONT.bold, 9.5, COLOURS.accent);
  singleLine(pdf, t.attendanceTitle, left, y, width);
  const cellWidth = width / cells.length;
  cells.forEach(([label, value], i) => {
    const x = left + i * cellWidth;
    doc
      .lineWidth(0.5)
      .strokeColor(COLOURS.rule)
      .rect(x, y + 13, cellWidth, 32)
      .stroke();
    pdf.font(FONT.bold, 8.5, COLOURS.muted);
    singleLine(pdf, label, x + 6, y + 18, cellWidth - 12);
    pdf.font(FONT.regular, 9.5);
    singleLine(pdf, value, x + 6, y + 30, cellWidth - 12);
  });
  return y + height + GAP;
}

export function drawReportCard(
  pdf: Pdf,
  document: LearnerDocument<ReportCardData>,
  plan: BatchPlan<ReportCardData>,
) {
  const card = document.data;
  const headerBottom = drawCentreHeader(pdf, plan.centre);
  let y = drawIdentity(pdf, card, headerBottom);
  y = drawMarksTable(pdf, card, y, () => drawContinued(pdf, card));
  y = drawNotes(pdf, card, y);
  const appreciation = card.generalAppreciation ?? t.noAppreciation;
  y = drawBox(pdf, card, t.generalAppreciation, appreciation, card.generalAppreciation === null, y);
  y = drawAttendance(pdf, card, y);
  pdf.doc.x = pdf.box.left;
  pdf.doc.y = y - GAP;
  drawSignatureBlock(pdf, plan.centre, plan.printedOn);
}
