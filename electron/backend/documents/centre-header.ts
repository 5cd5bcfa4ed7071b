import { centreFr } from '../../../shared/i18n/fr/centre';
import { addressLines, formatSiret } from '../features/centre/rules';
import { FONT } from './fonts';
import { COLOURS, type Pdf } from './pdf';

/** The centre as documents print it: identity read from Paramètres, images as bytes. */
export interface CentreForPrint {
  name: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  siret: string | null;
  nda: string | null;
  phone: string | null;
  email: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
  /** PNG or JPEG bytes, or null. */
  logo: Buffer | null;
  signature: Buffer | null;
}

const MM = 72 / 25.4;
const LOGO = { height: 22 * MM, maxWidth: 50 * MM, gap: 4 * MM };
/** The header of sheets that need the page's height for their table (the week's attendance). */
const COMPACT = { logoHeight: 13 * MM, logoWidth: 35 * MM, name: 10, first: 7.5, other: 7 };
const REGULAR = { logoHeight: LOGO.height, logoWidth: LOGO.maxWidth, name: 12, first: 9, other: 8.5 };
const SIGNATURE = { width: 35 * MM, height: 18 * MM };
const SIGNATURE_BLOCK_WIDTH = 75 * MM;
const SEPARATOR = ' · ';
const t = centreFr.print;

/** What pdfkit's openImage gives: the parsed image, embedded once however often it is drawn. */
interface OpenedImage {
  width: number;
  height: number;
  orientation?: number;
}
type ImageOpener = { openImage(src: Buffer): OpenedImage };

/**
 * Images opened per document: a batch of 30 report cards draws the logo 30 times but embeds it
 * once, which keeps the file small and the batch fast.
 */
const opened = new WeakMap<PDFKit.PDFDocument, Map<Buffer, OpenedImage | null>>();

function openImage(pdf: Pdf, bytes: Buffer): OpenedImage | null {
  let images = opened.get(pdf.doc);
  if (!images) {
    images = new Map();
    opened.set(pdf.doc, images);
  }
  if (!images.has(bytes)) {
    let image: OpenedImage | null = null;
    try {
      image = (pdf.doc as unknown as ImageOpener).openImage(bytes);
    } catch {
      // An unreadable stored image is left out; the document still prints its text.
    }
    images.set(bytes, image);
  }
  return images.get(bytes) ?? null;
}

/**
 * Draws an image scaled to fit the box `maxWidth` × `maxHeight` whose top-left is (x, y), on the
 * box's left, centre or right. Returns the drawn size; 0 × 0 when the image cannot be read.
 */
export function drawFittedImage(
  pdf: Pdf,
  bytes: Buffer,
  x: number,
  y: number,
  maxWidth: number,
  maxHeight: number,
  align: 'left' | 'center' | 'right' = 'left',
): { width: number; height: number } {
  const image = openImage(pdf, bytes);
  if (!image || image.width <= 0 || image.height <= 0) return { width: 0, height: 0 };
  const turned = (image.orientation ?? 1) > 4;
  const w = turned ? image.height : image.width;
  const h = turned ? image.width : image.height;
  const scale = Math.min(maxWidth / w, maxHeight / h);
  const size = { width: w * scale, height: h * scale };
  try {
    const offset = align === 'left' ? 0 : (maxWidth - size.width) / (align === 'center' ? 2 : 1);
    pdf.doc.image(image as unknown as Buffer, x + offset, y, size);
  } catch {
    return { width: 0, height: 0 };
  }
  return size;
}

const join = (parts: (string | null | false | undefined)[]) =>
  parts.filter((p): p is string => !!p && p.trim() !== '').join(SEPARATOR);

/** The header's lines under the name: address, legal numbers, contact. */
function headerLines(centre: CentreForPrint): string[] {
  return [
    addressLines(centre).join(', '),
    join([centre.siret && t.siret(formatSiret(centre.siret)), centre.nda && t.nda(centre.nda)]),
    join([centre.phone && t.phone(centre.phone), centre.email]),
  ].filter((line) => line !== '');
}

/**
 * Draws the centre's header at the top of the current page — logo on the left, then the name,
 * address, SIRET and declaration number, phone and e-mail, a thin rule under it all — and
 * leaves the cursor below it. Returns that y. A centre with no identity yet draws nothing.
 */
export function drawCentreHeader(
  pdf: Pdf,
  centre: CentreForPrint,
  options: { compact?: boolean } = {},
): number {
  const { doc } = pdf;
  const size = options.compact ? COMPACT : REGULAR;
  const { left, top, width } = pdf.box;
  const lines = headerLines(centre);
  if (!centre.name && !centre.logo && lines.length === 0) {
    doc.x = left;
    doc.y = top;
    return top;
  }
  const logo = centre.logo
    ? drawFittedImage(pdf, centre.logo, left, top, size.logoWidth, size.logoHeight)
    : null;
  const textLeft = logo && logo.width > 0 ? left + logo.width + LOGO.gap : left;
  const textWidth = left + width - textLeft;
  let y = top;
  if (centre.name) {
    pdf.font(FONT.bold, size.name, COLOURS.accent);
    doc.text(centre.name, textLeft, y, { width: textWidth });
    y = doc.y + 1;
  }
  lines.forEach((line, i) => {
    pdf.font(FONT.regular, i === 0 ? size.first : size.other, i === 0 ? COLOURS.text : COLOURS.muted);
    doc.text(line, textLeft, y, { width: textWidth });
    y = doc.y + 0.5;
  });
  const bottom = Math.max(y, top + (logo?.height ?? 0)) + 4;
  doc
    .lineWidth(0.5)
    .strokeColor(COLOURS.rule)
    .moveTo(left, bottom)
    .lineTo(left + width, bottom)
    .stroke();
  doc.x = left;
  doc.y = bottom + (options.compact ? 6 : 10);
  return doc.y;
}

/**
 * Draws "Fait à <city>, le <date>", the signatory's name and title and the signature image,
 * right-aligned, where the cursor is; the block moves whole to a new page if it does not fit.
 * Without a signature image the space is left blank, to sign by hand. Returns the y below it.
 */
export function drawSignatureBlock(pdf: Pdf, centre: CentreForPrint, issuedOn: string): number {
  const { doc } = pdf;
  const blockWidth = Math.min(SIGNATURE_BLOCK_WIDTH, pdf.box.width);
  const lines: { text: string; font: (typeof FONT)[keyof typeof FONT]; size: number; colour: string }[] = [
    { text: t.madeAt(centre.city, issuedOn), font: FONT.regular, size: 10, colour: COLOURS.text },
  ];
  if (centre.signatoryName) {
    lines.push({ text: centre.signatoryName, font: FONT.bold, size: 10, colour: COLOURS.text });
  }
  if (centre.signatoryTitle) {
    lines.push({ text: centre.signatoryTitle, font: FONT.regular, size: 9, colour: COLOURS.muted });
  }
  const textHeight = lines.reduce((sum, line) => {
    pdf.font(line.font, line.size);
    return sum + doc.heightOfString(line.text, { width: blockWidth }) + 1;
  }, 0);
  const height = 12 + textHeight + 4 + SIGNATURE.height;
  if (doc.y + height > pdf.box.bottom) pdf.addPage();
  const right = pdf.box.left + pdf.box.width;
  const x = right - blockWidth;
  let y = doc.y === pdf.box.top ? doc.y : doc.y + 12;
  for (const line of lines) {
    pdf.font(line.font, line.size, line.colour);
    doc.text(line.text, x, y, { width: blockWidth, align: 'right' });
    y = doc.y + 1;
  }
  y += 4;
  if (centre.signature) {
    drawFittedImage(
      pdf,
      centre.signature,
      right - SIGNATURE.width,
      y,
      SIGNATURE.width,
      SIGNATURE.height,
      'right',
    );
  }
  doc.x = pdf.box.left;
  doc.y = y + SIGNATURE.height;
  return doc.y;
}
