import PDFDocument from 'pdfkit';
import { documentsFr as t } from '../../../shared/i18n/fr/documents';
import { FONT, fontData, type FontName } from './fonts';
import { adoptSharedFonts, forgetEncodedGlyphs } from './shared-fonts';

/** A4 in PostScript points (1/72 in); 15 mm margins, the usual for French administrative prints. */
const MM = 72 / 25.4;
export const MARGIN = Math.round(15 * MM);
const FOOTER_HEIGHT = 14;

export const COLOURS = {
  text: '#1a1a1a',
  muted: '#5f6368',
  rule: '#9aa0a6',
  fill: '#eef1f5',
  accent: '#1f4e79',
  warn: '#fdecea',
  company: '#e8f0e0',
  holiday: '#fff4e0',
} as const;

export interface PdfOptions {
  layout: 'portrait' | 'landscape';
  /** The file's title (PDF metadata, shown by readers in the window title). */
  title: string;
  /** The day printed in the footer ("Édité le …"), the caller's today. */
  printedOn: string;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  bottom: number;
}

/**
 * One document being written: pdfkit with the embedded fonts, A4, margins, and a footer
 * "page n / N" added on every page once the page count is known (pages stay buffered until then).
 * Layouts draw through `doc` and ask `box` where the writable area is.
 */
export class Pdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly printedOn: string;
  /** First page index of each document in a batch: "page n / N" counts within one learner's. */
  private readonly sections: number[] = [0];
  private documents = 0;

  constructor(options: PdfOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      layout: options.layout,
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
      bufferPages: true,
      autoFirstPage: true,
      info: { Title: options.title, Producer: t.producer, Creator: t.producer },
      lang: 'fr-FR',
      displayTitle: true,
    });
    // Registered always (pdfkit looks names up there first); the shared parsed fonts then stand in.
    for (const [name, data] of fontData()) this.doc.registerFont(name, data);
    adoptSharedFonts(this.doc);
    this.doc.font(FONT.regular).fontSize(10).fillColor(COLOURS.text);
    this.printedOn = options.printedOn;
  }

  /** The writable area of the current page, footer excluded. */
  get box(): Box {
    const { page } = this.doc;
    return {
      left: page.margins.left,
      top: page.margins.top,
      width: page.width - page.margins.left - page.margins.right,
      bottom: page.height - page.margins.bottom,
    };
  }

  font(name: FontName, size: number, colour: string = COLOURS.text): this {
    this.doc.font(name).fontSize(size).fillColor(colour);
    return this;
  }

  addPage(): this {
    this.doc.addPage();
    return this;
  }

  /**
   * Starts the next document of a batch on a new page (the first one starts on page 1): its
   * footer numbers its own pages, so a learner's report card says "page 1 / 1", not "7 / 30".
   */
  beginDocument(): this {
    if (this.documents++ > 0) {
      this.addPage();
      const range = this.doc.bufferedPageRange();
      this.sections.push(range.start + range.count - 1);
    }
    return this;
  }

  /** Pages written so far. */
  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** Starts a new page unless `height` points still fit below the cursor. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.box.bottom) this.addPage();
  }

  /** Writes the footers and returns the finished file. */
  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.writeFooters();
    this.doc.end();
    forgetEncodedGlyphs();
    return done;
  }

  private writeFooters(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    const end = range.start + range.count;
    for (let i = range.start; i < end; i++) {
      doc.switchToPage(i);
      const first = this.sections.findLast((start) => start <= i) ?? 0;
      const next = this.sections.find((start) => start > i) ?? end;
      const { left, width } = this.box;
      const y = doc.page.height - MARGIN - FOOTER_HEIGHT + 4;
      // Writing below the bottom margin would make pdfkit open a new page: lift the margin while
      // the footer is drawn.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      this.font(FONT.regular, 7.5, COLOURS.muted);
      doc.text(t.printedOn(this.printedOn), left, y, { width, lineBreak: false });
      doc.text(t.page(i - first + 1, next - first), left, y, {
        width,
        align: 'right',
        lineBreak: false,
      });
      doc.page.margins.bottom = bottom;
    }
  }
}
