import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';

/** A table of the working prints: header row, rows that grow with their text, header repeated past a page. */

export interface TableColumn {
  header: string;
  /** A share of the writable width; the shares add up to 1. */
  share: number;
  align?: 'left' | 'right' | 'center';
}

export interface CellLine {
  text: string;
  style?: 'bold' | 'muted';
}
export type Cell = CellLine[];

const PAD = 3;
const FONT_SIZE = 8.5;
const HEADER_SIZE = 8.5;

function fontOf(pdf: Pdf, line: CellLine): void {
  if (line.style === 'bold') pdf.font(FONT.bold, FONT_SIZE);
  else if (line.style === 'muted') pdf.font(FONT.regular, FONT_SIZE - 0.5, COLOURS.muted);
  else pdf.font(FONT.regular, FONT_SIZE);
}

function cellHeight(pdf: Pdf, cell: Cell, width: number): number {
  return cell.reduce((sum, line) => {
    fontOf(pdf, line);
    return sum + pdf.doc.heightOfString(line.text || ' ', { width });
  }, 0);
}

function positions(pdf: Pdf, columns: readonly TableColumn[]): { x: number; width: number }[] {
  const { left, width } = pdf.box;
  let x = left;
  return columns.map((column) => {
    const cell = { x, width: column.share * width };
    x += cell.width;
    return cell;
  });
}

function drawHeader(pdf: Pdf, columns: readonly TableColumn[], y: number): number {
  const { doc } = pdf;
  const cells = positions(pdf, columns);
  pdf.font(FONT.bold, HEADER_SIZE);
  const height =
    Math.max(...columns.map((c, i) => doc.heightOfString(c.header, { width: cells[i]!.width - 2 * PAD }))) +
    2 * PAD;
  doc.rect(pdf.box.left, y, pdf.box.width, height).fill(COLOURS.fill);
  pdf.font(FONT.bold, HEADER_SIZE);
  columns.forEach((column, i) => {
    doc.text(column.header, cells[i]!.x + PAD, y + PAD, {
      width: cells[i]!.width - 2 * PAD,
      align: column.align ?? 'left',
    });
  });
  doc.lineWidth(0.5).strokeColor(COLOURS.rule).rect(pdf.box.left, y, pdf.box.width, height).stroke();
  return y + height;
}

/**
 * Draws the table from `top`; past the bottom of a page, `continued()` draws the top of the next
 * page and returns where the table goes on. Returns the y under the last row.
 */
export function drawTable(
  pdf: Pdf,
  columns: readonly TableColumn[],
  rows: readonly Cell[][],
  top: number,
  continued: () => number,
): number {
  const { doc } = pdf;
  const cells = positions(pdf, columns);
  let y = drawHeader(pdf, columns, top);
  rows.forEach((row, r) => {
    const height =
      Math.max(...row.map((cell, i) => cellHeight(pdf, cell, cells[i]!.width - 2 * PAD))) + 2 * PAD;
    if (y + height > pdf.box.bottom) {
      pdf.addPage();
      y = drawHeader(pdf, columns, continued());
    }
    if (r % 2 === 1) doc.rect(pdf.box.left, y, pdf.box.width, height).fill('#f8f9fb');
    row.forEach((cell, i) => {
      let lineY = y + PAD;
      for (const line of cell) {
        fontOf(pdf, line);
        doc.text(line.text, cells[i]!.x + PAD, lineY, {
          width: cells[i]!.width - 2 * PAD,
          align: columns[i]!.align ?? 'left',
        });
        lineY = doc.y;
      }
    });
    doc.lineWidth(0.5).strokeColor(COLOURS.rule);
    for (const cell of cells) doc.rect(cell.x, y, cell.width, height);
    doc.stroke();
    y += height;
  });
  return y;
}
