import { sheetPdfFr as t } from '../../../../shared/i18n/fr/absences';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import type { SheetPrint } from './sheet';

const INFO_ROW = 13;
const LABEL_WIDTH = 60;

/**
 * The top of the sheet's first page: title, action (programme and cohort), then what the
 * regulations ask a sheet to carry: group, subject, date, times, room, modality, trainer. The
 * centre's own header (name, logo, declaration number) is left to the documents work: it will
 * sit above the title. Returns the y where the table starts.
 */
export function drawHeading(pdf: Pdf, print: SheetPrint): number {
  const { doc } = pdf;
  const { left, top, width } = pdf.box;
  pdf.font(FONT.bold, 16, COLOURS.accent);
  doc.text(t.title, left, top, { width: width * 0.7, lineBreak: false });
  pdf.font(FONT.regular, 9, COLOURS.muted);
  doc.text(t.learnerCount(print.lines.length), left, top + 5, { width, align: 'right', lineBreak: false });
  pdf.font(FONT.bold, 11);
  doc.text(print.actionTitle, left, top + 24, { width, lineBreak: false, ellipsis: true });

  const l = t.labels;
  const half = width / 2;
  const rows: [string, string, string | null, string | null][] = [
    [l.group, `${print.groupName} (${print.cohortName})`, l.date, t.date(print.date, print.slot)],
    [l.subject, print.subjectName, l.times, t.times(print.start, print.end, print.hours)],
    [l.trainer, print.trainerName ?? t.noTrainer, l.room, print.roomName ?? t.noRoom],
    [l.modality, t.modalities[print.modality], null, print.mode === 'paper' ? t.paperSigned : null],
  ];
  const infoTop = top + 44;
  rows.forEach(([label, value, rightLabel, rightValue], i) => {
    const y = infoTop + i * INFO_ROW;
    field(pdf, label, value, left, y, half - 8);
    if (rightLabel && rightValue) field(pdf, rightLabel, rightValue, left + half, y, half);
    else if (rightValue) {
      pdf.font(FONT.italic, 9, COLOURS.accent);
      doc.text(rightValue, left + half, y, { width: half, lineBreak: false });
    }
  });
  return infoTop + rows.length * INFO_ROW + 8;
}

function field(pdf: Pdf, label: string, value: string, x: number, y: number, width: number): void {
  pdf.font(FONT.bold, 9, COLOURS.muted);
  pdf.doc.text(`${label} :`, x, y, { width: LABEL_WIDTH, lineBreak: false });
  pdf.font(FONT.regular, 9);
  pdf.doc.text(value, x + LABEL_WIDTH, y, { width: width - LABEL_WIDTH, lineBreak: false, ellipsis: true });
}

/** The top of a following page: which sheet it continues. Returns the y where the table starts. */
export function drawContinued(pdf: Pdf, print: SheetPrint): number {
  const { left, top, width } = pdf.box;
  pdf.font(FONT.bold, 10, COLOURS.accent);
  pdf.doc.text(t.continued(print.groupName, print.date, print.slot), left, top, {
    width,
    lineBreak: false,
    ellipsis: true,
  });
  return top + 20;
}
