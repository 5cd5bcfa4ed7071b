import { ACTION_NATURES } from '../../../../shared/domain/documents/action-nature';
import { formatDateShort } from '../../../../shared/format/fr';
import { certificatesFr as t } from '../../../../shared/i18n/fr/certificates';
import { continueWith, makeRoom } from '../attestation/blocks';
import { type CentreForPrint, drawCentreHeader, drawSignatureBlock } from '../centre-header';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import type { CertificateData } from './data';
import { drawDistanceTable } from './distance-table';

const MM = 72 / 25.4;
const SIZE = 10.5;
const LINE_GAP = 3;
const INDENT = 18;
/** The signature block's width (drawSignatureBlock), so the stamp box sits beside it. */
const SIGNATURE_WIDTH = 75 * MM;
/** The stamp box; `label` is the gap above it and its caption (signature block: about as tall). */
const STAMP = { height: 30 * MM, gap: 10 * MM, label: 32 };

/** A piece of a sentence: plain, or a filled-in blank of the model (bold). */
type Piece = string | { value: string };

/** One sentence of the model with its blanks filled in, wrapped over the width. */
function sentence(pdf: Pdf, pieces: readonly Piece[], indent = 0): void {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  const x = left + indent;
  doc.x = x;
  pieces.forEach((piece, i) => {
    const last = i === pieces.length - 1;
    pdf.font(typeof piece === 'string' ? FONT.regular : FONT.bold, SIZE);
    const text = typeof piece === 'string' ? piece : piece.value;
    if (i === 0) doc.text(text, x, doc.y, { width: width - indent, continued: !last, lineGap: 2 });
    else doc.text(text, { continued: !last, lineGap: 2 });
  });
  doc.x = left;
  doc.y += LINE_GAP;
}

function drawNatures(pdf: Pdf, data: CertificateData): void {
  sentence(pdf, [t.natureHeading]);
  for (const nature of ACTION_NATURES) {
    const ticked = nature === data.nature;
    sentence(
      pdf,
      [ticked ? { value: `${t.ticked} ${t.natures[nature]}` } : `${t.unticked} ${t.natures[nature]}`],
      INDENT,
    );
  }
}

/** The stamp box beside the signature block: where the provider's stamp goes. */
function drawStampBox(pdf: Pdf, top: number): void {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  const boxWidth = width - SIGNATURE_WIDTH - STAMP.gap;
  pdf.font(FONT.regular, 8.5, COLOURS.muted);
  doc.text(t.stamp, left, top, { width: boxWidth });
  const boxTop = doc.y + 3;
  doc.lineWidth(0.5).strokeColor(COLOURS.rule).rect(left, boxTop, boxWidth, STAMP.height).stroke();
  doc.y = boxTop + STAMP.height;
}

/**
 * One learner's certificat de réalisation on A4 portrait, from the cursor of a fresh page, in
 * the order and words of the Ministère du Travail's model: who certifies for which provider,
 * the learner and their employer, the action and its nature (the right box ticked), its dates
 * and hours; the distance activities and their estimated time when there were any; the
 * provider's undertaking to keep the evidence; place, date, signature and stamp.
 */
export function drawCertificate(pdf: Pdf, data: CertificateData, centre: CentreForPrint): void {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  continueWith(pdf, t.continued(data.learnerName));
  drawCentreHeader(pdf, centre);
  pdf.font(FONT.bold, 17, COLOURS.accent);
  doc.text(t.title.toLocaleUpperCase('fr-FR'), left, doc.y + 6, { width, align: 'center' });
  doc.y += 16;

  const distance = data.activities.length > 0;
  sentence(pdf, [
    t.undersigned,
    ' ',
    { value: centre.signatoryName ?? '' },
    t.representative,
    ' ',
    { value: centre.name ?? '' },
  ]);
  doc.y += 4;
  sentence(pdf, [t.certifies]);
  sentence(pdf, [{ value: data.learnerName }], INDENT);
  sentence(pdf, [`${t.employee} `, data.employerName ? { value: data.employerName } : t.noEmployer]);
  sentence(pdf, [`${t.followed} `, { value: data.actionTitle }]);
  doc.y += 2;
  drawNatures(pdf, data);
  doc.y += 2;
  sentence(pdf, [
    `${t.held} `,
    { value: formatDateShort(data.from) },
    ` ${t.and} `,
    { value: formatDateShort(data.to) },
  ]);
  sentence(pdf, [`${t.lasting} `, { value: t.hours(data.hours) }, distance ? `${t.distanceMark}.` : '.']);

  if (distance) {
    doc.y += 8;
    drawDistanceTable(pdf, data.activities);
    doc.y += 4;
    pdf.font(FONT.italic, 8.5, COLOURS.muted);
    makeRoom(pdf, doc.heightOfString(t.distanceNote, { width }));
    pdf.font(FONT.italic, 8.5, COLOURS.muted);
    doc.text(t.distanceNote, left, doc.y, { width });
  }

  doc.y += 10;
  pdf.font(FONT.regular, 8.5, COLOURS.muted);
  makeRoom(pdf, doc.heightOfString(t.retention, { width }));
  pdf.font(FONT.regular, 8.5, COLOURS.muted);
  doc.text(t.retention, left, doc.y, { width, align: 'justify' });

  // Signature and stamp share a band: make room for both before drawing either.
  makeRoom(pdf, STAMP.label + STAMP.height);
  const top = doc.y + 12;
  drawSignatureBlock(pdf, centre, data.issuedOn);
  const bottom = doc.y;
  drawStampBox(pdf, top);
  doc.x = left;
  doc.y = Math.max(bottom, doc.y);
}
