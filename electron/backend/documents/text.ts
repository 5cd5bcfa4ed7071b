import type { Pdf } from './pdf';

/**
 * Text without pdfkit's line wrapper where no wrapping is needed. The wrapper (word splitting,
 * line breaking) is the costliest part of drawing a batch, and most cells of a document are a
 * figure or a short label on one line: those are measured and placed directly instead, which
 * makes a batch of report cards markedly faster. What does not fit falls back to the wrapper.
 */

export type Align = 'left' | 'center' | 'right';

/** One line in `width` at (x, y), aligned; cut with an ellipsis when it is too long. */
export function singleLine(
  pdf: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  align: Align = 'left',
) {
  const { doc } = pdf;
  const measured = doc.widthOfString(text);
  if (measured > width || text.includes('\n')) {
    doc.text(text, x, y, {
      width,
      align,
      lineBreak: false,
      ellipsis: true,
      height: doc.currentLineHeight(true),
    });
    return;
  }
  const dx = align === 'center' ? (width - measured) / 2 : align === 'right' ? width - measured : 0;
  doc.text(text, x + dx, y, { lineBreak: false });
}

/** The height `text` takes wrapped in `width` with the current font, as heightOfString says. */
export function wrappedHeight(pdf: Pdf, text: string, width: number): number {
  const { doc } = pdf;
  if (!text.includes('\n') && doc.widthOfString(text) <= width) return doc.currentLineHeight(true);
  return doc.heightOfString(text, { width });
}

/** Wrapped text in `width` from (x, y); a text that fits on one line skips the wrapper. */
export function wrapped(pdf: Pdf, text: string, x: number, y: number, width: number) {
  const { doc } = pdf;
  if (!text.includes('\n') && doc.widthOfString(text) <= width) doc.text(text, x, y, { lineBreak: false });
  else doc.text(text, x, y, { width });
}
