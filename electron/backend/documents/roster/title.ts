import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import { singleLine } from '../text';

/**
 * The title block of a working print under the centre's header: the title, its lines (who,
 * when) and, on the right, a count. Returns the y under it.
 */
export function drawPrintTitle(pdf: Pdf, top: number, title: string, lines: string[], aside: string): number {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  pdf.font(FONT.regular, 9, COLOURS.muted);
  const asideWidth = doc.widthOfString(aside) + 2;
  pdf.font(FONT.bold, 15, COLOURS.accent);
  doc.text(title, left, top, { width: width - asideWidth - 12 });
  let y = doc.y + 2;
  pdf.font(FONT.regular, 9, COLOURS.muted);
  singleLine(pdf, aside, left + width - asideWidth, top + 5, asideWidth, 'right');
  lines.forEach((line, i) => {
    pdf.font(i === 0 ? FONT.bold : FONT.regular, 10, i === 0 ? COLOURS.text : COLOURS.muted);
    doc.text(line, left, y, { width });
    y = doc.y + 1;
  });
  return y + 8;
}

/** The top of a following page: which print it continues. Returns the y where the table goes on. */
export function drawContinuedLine(pdf: Pdf, text: string): number {
  const { left, top, width } = pdf.box;
  pdf.font(FONT.bold, 10, COLOURS.accent);
  singleLine(pdf, text, left, top, width);
  return top + 20;
}
