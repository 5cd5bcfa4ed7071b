import { sheetPdfFr as t } from '../../../../shared/i18n/fr/absences';
import { drawCentreHeader } from '../centre-header';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import { singleLine } from '../text';
import type { SheetPrint } from './sheet';

const INFO_ROW = 13;
const LABEL_WIDTH = 60;

/**
 * The top of the sheet's first page: title, action (programme and cohort), then what the
 * regulations ask a sheet to carry: group, subject, date, times, room, modality, trainer; the
 * centre's header (name, logo, SIRET, declaration number) above them all. Returns the y where
 * the table starts.
 */
export function drawHeading(pdf: Pdf, print: SheetPrint): number {
  const { left, width } = pdf.box;
  const top = drawCentreHeader(pdf, print.centre);
  pdf.font(FONT.bold, 16, COLOURS.accent);
  singleLine(pdf, t.title, left, top, width * 0.7);
  pdf.font(FONT.regular, 9, COLOURS.muted);
  singleLine(pdf, t.learnerCount(print.lines.length), left, top + 5, width, 'right');
  pdf.font(FONT.bold, 11);
  singleLine(pdf, print.actionTitle, left, top + 24, width);

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
      singleLine(pdf, rightValue, left + half, y, half);
    }
  });
  return infoTop + rows.length * INFO_ROW + 8;
}

function field(pdf: Pdf, label: string, value: string, x: number, y: number, width: number): void {
  pdf.font(FONT.bold, 9, COLOURS.muted);
  singleLine(pdf, `${label} :`, x, y, LABEL_WIDTH);
  pdf.font(FONT.regular, 9);
  singleLine(pdf, value, x + LABEL_WIDTH, y, width - LABEL_WIDTH);
}

/** The top of a following page: which sheet it continues. Returns the y where the table starts. */
export function drawContinued(pdf: Pdf, print: SheetPrint): number {
  const { left, top, width } = pdf.box;
  pdf.font(FONT.bold, 10, COLOURS.accent);
  singleLine(pdf, t.continued(print.groupName, print.date, print.slot), left, top, width);
  return top + 20;
}
