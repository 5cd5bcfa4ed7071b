import { totalHours, type DistanceActivity } from '../../../../shared/domain/documents/distance-activities';
import { formatHours } from '../../../../shared/format/fr';
import { certificatesFr as t } from '../../../../shared/i18n/fr/certificates';
import { makeRoom } from '../attestation/blocks';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';

const PAD = 4;
const HEADER = 15;
const DATE_WIDTH = 105;
const TIME_WIDTH = 75;

interface Columns {
  date: { x: number; width: number };
  activity: { x: number; width: number };
  time: { x: number; width: number };
}

function columns(pdf: Pdf): Columns {
  const { left, width } = pdf.box;
  return {
    date: { x: left, width: DATE_WIDTH },
    activity: { x: left + DATE_WIDTH, width: width - DATE_WIDTH - TIME_WIDTH },
    time: { x: left + width - TIME_WIDTH, width: TIME_WIDTH },
  };
}

function row(pdf: Pdf, cols: Columns, cells: [string, string, string], bold: boolean, fill: boolean): void {
  const { doc } = pdf;
  const font = bold ? FONT.bold : FONT.regular;
  pdf.font(font, 9);
  const height = Math.max(
    HEADER,
    doc.heightOfString(cells[1], { width: cols.activity.width - 2 * PAD }) + 2 * PAD,
  );
  if (doc.y + height > pdf.box.bottom) {
    makeRoom(pdf, height + HEADER);
    header(pdf, cols);
    pdf.font(font, 9);
  }
  const y = doc.y;
  const { left, width } = pdf.box;
  if (fill) doc.rect(left, y, width, height).fill(COLOURS.fill);
  pdf.font(font, 9);
  doc.text(cells[0], cols.date.x + PAD, y + PAD, {
    width: cols.date.width - 2 * PAD,
    lineBreak: false,
    height: doc.currentLineHeight(true),
  });
  doc.text(cells[1], cols.activity.x + PAD, y + PAD, { width: cols.activity.width - 2 * PAD });
  doc.text(cells[2], cols.time.x + PAD, y + PAD, {
    width: cols.time.width - 2 * PAD,
    align: 'right',
    lineBreak: false,
    height: doc.currentLineHeight(true),
  });
  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  for (const col of [cols.date, cols.activity, cols.time]) doc.rect(col.x, y, col.width, height);
  doc.stroke();
  doc.x = left;
  doc.y = y + height;
}

function header(pdf: Pdf, cols: Columns): void {
  const c = t.distanceColumns;
  row(pdf, cols, [c.date, c.activity, c.time], true, true);
}

/**
 * The distance (FOAD) activities of the period as a table — date and half-day, subject and what
 * was done, time — with their total; its header is repeated on a following page.
 */
export function drawDistanceTable(pdf: Pdf, activities: readonly DistanceActivity[]): void {
  const { doc } = pdf;
  makeRoom(pdf, HEADER * 3 + 20);
  pdf.font(FONT.bold, 10, COLOURS.accent);
  doc.text(t.distanceHeading, pdf.box.left, doc.y, { width: pdf.box.width });
  doc.y += 4;
  const cols = columns(pdf);
  header(pdf, cols);
  for (const a of activities) {
    row(
      pdf,
      cols,
      [t.distanceDate(a.date, a.slot), t.distanceActivity(a.subjectName, a.note), formatHours(a.hours)],
      false,
      false,
    );
  }
  pdf.font(FONT.bold, 9);
  doc.text(t.distanceTotal(totalHours(activities)), pdf.box.left, doc.y + 3, {
    width: pdf.box.width,
    align: 'right',
  });
}
