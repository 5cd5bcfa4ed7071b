import PDFDocument from 'pdfkit';
import { fontData, type FontName } from './fonts';

/**
 * Parsed fonts shared by every document of the process. pdfkit parses a registered font anew
 * for each document, and the first text laid out with a freshly parsed font costs 25–40 ms
 * (fontkit reads its layout tables lazily): a ZIP of 30 report cards, one PDF each, spent
 * about 3 s of its time there (2026-11-22, 2-core machine), a single 30-page PDF 0.1 s.
 * Parsing is read-only and documents render one at a time, so each document gets its own
 * pdfkit font object (its own subset, embedded once per file) around the same parsed font.
 *
 * This reaches into pdfkit's internals (`_fontFamilies`, `_fontCount`, the embedded-font
 * class), which is why pdfkit is pinned to an exact version in package.json; every PDF test
 * goes through it, and `adoptSharedFonts` falls back to pdfkit's own loading if they change.
 */

interface PdfkitFont {
  font: unknown;
  constructor: new (document: PDFKit.PDFDocument, font: unknown, id: string) => PdfkitFont;
}

interface PdfkitInternals {
  _fontFamilies?: Record<string, PdfkitFont>;
  _fontCount?: number;
  _font?: PdfkitFont;
}

let parsed: Map<FontName, { parsed: unknown; Embedded: PdfkitFont['constructor'] }> | null = null;

/** Opens each font once in a throwaway document to keep what pdfkit parsed. */
function parsedFonts(): typeof parsed {
  if (parsed) return parsed;
  const probe = new PDFDocument({ autoFirstPage: false });
  const found = new Map<FontName, { parsed: unknown; Embedded: PdfkitFont['constructor'] }>();
  for (const [name, data] of fontData()) {
    probe.registerFont(name, data);
    probe.font(name);
    const font = (probe as unknown as PdfkitInternals)._font;
    if (!font || typeof font.constructor !== 'function' || !font.font) return null;
    found.set(name, { parsed: font.font, Embedded: font.constructor });
  }
  parsed = found;
  return parsed;
}

/**
 * Gives a new document the shared parsed fonts under their registered names. Returns false
 * (and changes nothing) when pdfkit's internals are not what this expects: the document then
 * loads its fonts the usual, slower way.
 */
export function adoptSharedFonts(doc: PDFKit.PDFDocument): boolean {
  const internals = doc as unknown as PdfkitInternals;
  const fonts = parsedFonts();
  if (!fonts || !internals._fontFamilies || typeof internals._fontCount !== 'number') return false;
  for (const [name, { parsed: font, Embedded }] of fonts) {
    internals._fontCount += 1;
    internals._fontFamilies[name] = new Embedded(doc, font, `F${internals._fontCount}`);
  }
  return true;
}

/**
 * Drops the glyphs the shared fonts cached while a document was encoded. Subsetting looks up
 * the parts of composite glyphs (the E of É) without their characters, and fontkit keeps the
 * first lookup of a glyph: a later document laying out a plain E would get a glyph with no
 * character, and its text would no longer extract ("BÉRANG R"). Encoding is synchronous inside
 * pdfkit's end(), so clearing right after it leaves no window for another document.
 */
export function forgetEncodedGlyphs(): void {
  for (const { parsed: font } of parsed?.values() ?? []) {
    const glyphs = font as { _glyphs?: Record<number, unknown> };
    if (glyphs._glyphs) glyphs._glyphs = {};
  }
}
