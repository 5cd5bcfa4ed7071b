import { sheetPdfFr as t } from '../../../../shared/i18n/fr/absences';
import { FONT } from '../fonts';
import { COLOURS, Pdf } from '../pdf';
import { drawContinued, drawHeading } from './heading';
import { printedName, statusLabel, type SheetLine, type SheetPrint } from './sheet';

/** A4 portrait: 509 points wide between the margins. */
const MM = 72 / 25.4;
/**
 * Tall enough to sign in (13.5 mm): 14 rows under the centre's header and the heading, 16 and
 * the trainer's box on the next page, so a group of 30 prints on two pages.
 */
const ROW = 13.5 * MM;
const HEADER_ROW = 18;
const PAD = 4;
const COLUMNS = { name: 0.37, signature: 0.4, status: 0.23 } as const;
const TRAINER_BOX = { gap: 12, label: 14, height: 16 * MM, width: 0.45 };

interface Columns {
  name: { x: number; width: number };
  signature: { x: number; width: number };
  status: { x: number; width: number };
}

function columns(pdf: Pdf): Columns {
  const { left, width } = pdf.box;
  const name = width * COLUMNS.name;
  const signature = width * COLUMNS.signature;
  return {
    name: { x: left, width: name },
    signature: { x: left + name, width: signature },
    status: { x: left + name + signature, width: width - name - signature },
  };
}

function drawTableHeader(pdf: Pdf, cols: Columns, y: number): number {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  doc.rect(left, y, width, HEADER_ROW).fill(COLOURS.fill);
  pdf.font(FONT.bold, 9);
  for (const key of ['name', 'signature', 'status'] as const) {
    doc.text(t.columns[key === 'name' ? 'learner' : key], cols[key].x + PAD, y + 5, {
      width: cols[key].width - 2 * PAD,
      lineBreak: false,
      height: doc.currentLineHeight(true),
    });
  }
  doc.lineWidth(0.5).strokeColor(COLOURS.rule).rect(left, y, width, HEADER_ROW).stroke();
  return y + HEADER_ROW;
}

/** A drawn signature fitted in its box; an unreadable image leaves the box empty rather than fail the print. */
function drawImage(pdf: Pdf, png: Buffer, x: number, y: number, width: number, height: number): void {
  try {
    pdf.doc.image(png, x, y, { fit: [width, height], align: 'center', valign: 'center' });
  } catch {
    // The recorded line still prints with its status; the stored file is unchanged.
  }
}

function drawRow(pdf: Pdf, cols: Columns, line: SheetLine, y: number): void {
  const { doc } = pdf;
  pdf.font(FONT.bold, 10);
  doc.text(printedName(line), cols.name.x + PAD, y + PAD + 2, {
    width: cols.name.width - 2 * PAD,
    height: ROW - 2 * PAD,
    ellipsis: true,
  });
  const sig = cols.signature;
  if (line.signature) drawImage(pdf, line.signature, sig.x + PAD, y + 2, sig.width - 2 * PAD, ROW - 12);
  if (line.signedAt) {
    pdf.font(FONT.regular, 6.5, COLOURS.muted);
    doc.text(t.signedAt(line.signedAt), sig.x + PAD, y + ROW - 10, {
      width: sig.width - 2 * PAD,
      align: 'right',
      lineBreak: false,
      height: doc.currentLineHeight(true),
    });
  }
  if (line.presence === 'absent') {
    // An absent learner's box is struck through, so that nobody signs it afterwards.
    doc
      .lineWidth(0.5)
      .strokeColor(COLOURS.rule)
      .moveTo(sig.x + PAD, y + ROW - PAD)
      .lineTo(sig.x + sig.width - PAD, y + PAD)
      .stroke();
  }
  const status = statusLabel(line);
  if (status) {
    pdf.font(FONT.regular, 9);
    doc.text(status, cols.status.x + PAD, y + PAD + 2, {
      width: cols.status.width - 2 * PAD,
      height: ROW - 2 * PAD,
      ellipsis: true,
    });
  }
  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  for (const col of [cols.name, cols.signature, cols.status]) doc.rect(col.x, y, col.width, ROW);
  doc.stroke();
}

function drawTrainerBox(pdf: Pdf, print: SheetPrint, y: number): void {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  const boxWidth = width * TRAINER_BOX.width;
  pdf.font(FONT.bold, 9);
  doc.text(t.trainerBox(print.trainerName), left, y, {
    width: boxWidth,
    lineBreak: false,
    height: doc.currentLineHeight(true),
    ellipsis: true,
  });
  const top = y + TRAINER_BOX.label;
  doc.lineWidth(0.5).strokeColor(COLOURS.rule).rect(left, top, boxWidth, TRAINER_BOX.height).stroke();
  if (print.trainerSignature) {
    drawImage(
      pdf,
      print.trainerSignature,
      left + PAD,
      top + PAD,
      boxWidth - 2 * PAD,
      TRAINER_BOX.height - 2 * PAD,
    );
  }
  const notes = [
    print.mode === 'paper' ? t.paperSigned : null,
    print.closedAt ? t.closedAt(print.closedAt, print.closedBy) : null,
  ].filter((n): n is string => n !== null);
  pdf.font(FONT.italic, 8.5, COLOURS.muted);
  doc.text(notes.join('\n'), left + boxWidth + 12, top + PAD, { width: width - boxWidth - 12 });
}

/**
 * The attendance sheet of one half-day on A4 portrait: heading, one row per learner with a box
 * to sign and the status, the trainer's box at the bottom. Recorded lines print their status and
 * drawn signature; a sheet with nothing recorded prints empty, for signing on paper. Past a page,
 * the heading is recalled and the table header repeated.
 */
export function renderSheetPdf(print: SheetPrint): Promise<Buffer> {
  const pdf = new Pdf({
    layout: 'portrait',
    title: t.documentTitle(print.groupName, print.date, print.slot),
    printedOn: print.printedOn,
  });
  const cols = columns(pdf);
  let y = drawTableHeader(pdf, cols, drawHeading(pdf, print));
  for (const line of print.lines) {
    if (y + ROW > pdf.box.bottom) {
      pdf.addPage();
      y = drawTableHeader(pdf, cols, drawContinued(pdf, print));
    }
    drawRow(pdf, cols, line, y);
    y += ROW;
  }
  const trainerHeight = TRAINER_BOX.gap + TRAINER_BOX.label + TRAINER_BOX.height;
  if (y + trainerHeight > pdf.box.bottom) {
    pdf.addPage();
    y = drawContinued(pdf, print) - TRAINER_BOX.gap;
  }
  drawTrainerBox(pdf, print, y + TRAINER_BOX.gap);
  return pdf.toBuffer();
}
