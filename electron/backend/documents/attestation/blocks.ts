import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';

/**
 * The pieces an attestation is made of: section headings on a tinted band, "label : value"
 * rows, bulleted lists in one or two columns. Each starts at the cursor, moves to a new page
 * when it does not fit, and leaves the cursor below what it drew.
 */

const LABEL_WIDTH = 118;
/** What a following page of the document says first: whose document it continues. */
const continuations = new WeakMap<Pdf, string>();

/** Sets the line a following page starts with, for the document being drawn. */
export function continueWith(pdf: Pdf, title: string): void {
  continuations.set(pdf, title);
}

/** Starts a new page, headed by the continuation line, unless `height` points fit below the cursor. */
export function makeRoom(pdf: Pdf, height: number): void {
  if (pdf.doc.y + height <= pdf.box.bottom) return;
  pdf.addPage();
  const title = continuations.get(pdf);
  if (!title) return;
  const { left, top, width } = pdf.box;
  pdf.font(FONT.bold, 10, COLOURS.accent);
  pdf.doc.text(title, left, top, { width });
  pdf.doc.x = left;
  pdf.doc.y += 8;
}
const BAND = 16;
const BULLET_INDENT = 10;

export function sectionHeading(pdf: Pdf, text: string): void {
  const { doc } = pdf;
  makeRoom(pdf, BAND + 30);
  const { left, width } = pdf.box;
  const y = doc.y + 5;
  doc.rect(left, y, width, BAND).fill(COLOURS.fill);
  pdf.font(FONT.bold, 10, COLOURS.accent);
  doc.text(text, left + 6, y + 4, {
    width: width - 12,
    lineBreak: false,
    height: pdf.doc.currentLineHeight(true),
    ellipsis: true,
  });
  doc.x = left;
  doc.y = y + BAND + 4;
}

export function fieldRow(pdf: Pdf, label: string, value: string): void {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  pdf.font(FONT.regular, 10);
  const valueWidth = width - LABEL_WIDTH - 6;
  const height = doc.heightOfString(value, { width: valueWidth });
  makeRoom(pdf, height + 3);
  const y = doc.y;
  pdf.font(FONT.bold, 9, COLOURS.muted);
  doc.text(`${label} :`, left + 6, y + 1, {
    width: LABEL_WIDTH - 6,
    lineBreak: false,
    height: pdf.doc.currentLineHeight(true),
  });
  pdf.font(FONT.regular, 10);
  doc.text(value, left + LABEL_WIDTH, y, { width: valueWidth });
  doc.x = left;
  doc.y = y + height + 3;
}

/**
 * Heights of wrapped text in the regular font, kept per document: every attestation of a batch
 * lists the same objectives, measured once instead of once per learner.
 */
const measuredHeights = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

function measured(pdf: Pdf, text: string, size: number, width: number): number {
  let known = measuredHeights.get(pdf.doc);
  if (!known) measuredHeights.set(pdf.doc, (known = new Map()));
  const key = `${size}|${width}|${text}`;
  let height = known.get(key);
  if (height === undefined) {
    pdf.font(FONT.regular, size);
    height = pdf.doc.heightOfString(text, { width });
    known.set(key, height);
  }
  return height;
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/** Where to cut a list in two columns of heights as even as can be, the first never the shorter. */
function balancedSplit(heights: readonly number[]): number {
  let best = Math.ceil(heights.length / 2);
  let bestHeight = Infinity;
  for (let k = Math.ceil(heights.length / 2); k < heights.length; k++) {
    const height = Math.max(sum(heights.slice(0, k)), sum(heights.slice(k)));
    if (height < bestHeight) [best, bestHeight] = [k, height];
  }
  return best;
}

function bullet(pdf: Pdf, item: string, x: number, y: number, width: number, size: number): void {
  pdf.font(FONT.regular, size, COLOURS.accent);
  pdf.doc.text('•', x, y, {
    width: BULLET_INDENT,
    lineBreak: false,
    height: pdf.doc.currentLineHeight(true),
  });
  pdf.font(FONT.regular, size);
  pdf.doc.text(item, x + BULLET_INDENT, y, { width: width - BULLET_INDENT });
}

/**
 * A bulleted list; `columns` 2 splits it in two, reading down the first column first, each
 * column flowing on its own (on the next page if it does not fit). A list longer than a page is
 * drawn as one column, which breaks across pages item by item.
 */
export function bulletList(pdf: Pdf, items: readonly string[], size: number, columns: 1 | 2 = 1): void {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  const gap = 14;
  const columnWidth = (width - 6 - gap) / 2;
  const heightOf = (item: string, w: number) => measured(pdf, item, size, w - BULLET_INDENT) + 2;
  if (columns === 2) {
    const heights = items.map((item) => heightOf(item, columnWidth));
    const split = balancedSplit(heights);
    const height = Math.max(sum(heights.slice(0, split)), sum(heights.slice(split)));
    if (height <= pdf.box.bottom - pdf.box.top) {
      makeRoom(pdf, height);
      const top = doc.y;
      const y: [number, number] = [top, top];
      items.forEach((item, i) => {
        const c = i < split ? 0 : 1;
        bullet(pdf, item, left + 6 + c * (columnWidth + gap), y[c], columnWidth, size);
        y[c] += heights[i]!;
      });
      doc.x = left;
      doc.y = top + height;
      return;
    }
  }
  for (const item of items) {
    const height = heightOf(item, width - 6);
    makeRoom(pdf, height);
    const y = doc.y;
    bullet(pdf, item, left + 6, y, width - 6, size);
    doc.x = left;
    doc.y = y + height;
  }
}

/** A paragraph over the full width. */
export function paragraph(
  pdf: Pdf,
  text: string,
  font: (typeof FONT)[keyof typeof FONT],
  size: number,
  colour: string = COLOURS.text,
  indent = 6,
): void {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  pdf.font(font, size, colour);
  const height = doc.heightOfString(text, { width: width - indent });
  // Kept whole unless longer than a third of a page, which then breaks where the page ends.
  makeRoom(pdf, height < 250 ? height : 40);
  pdf.font(font, size, colour);
  doc.text(text, left + indent, doc.y, { width: width - indent });
  doc.x = left;
}
