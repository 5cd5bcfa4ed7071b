import { formatDateShort } from '../../../../shared/format/fr';
import { attestationsFr as t } from '../../../../shared/i18n/fr/attestations';
import { type CentreForPrint, drawCentreHeader, drawSignatureBlock } from '../centre-header';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import { bulletList, continueWith, fieldRow, makeRoom, paragraph, sectionHeading } from './blocks';
import type { AttestationData } from './data';

/** Past this many items a list takes two columns, so that the attestation stays on one page. */
const TWO_COLUMNS_FROM = { objectives: 7, acquired: 5 };
/** "Fait à …", the signatory's name and title and the signature image (drawSignatureBlock). */
const SIGNATURE_HEIGHT = 110;

function drawTitle(pdf: Pdf, centre: CentreForPrint): void {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  pdf.font(FONT.bold, 18, COLOURS.accent);
  doc.text(t.title, left, doc.y + 4, { width, align: 'center' });
  pdf.font(FONT.italic, 8.5, COLOURS.muted);
  doc.text(t.legalBasis, left, doc.y + 1, { width, align: 'center' });
  doc.y += 10;
  if (centre.name) paragraph(pdf, t.intro(centre.name), FONT.regular, 10, COLOURS.text, 0);
}

function drawResults(pdf: Pdf, data: AttestationData): void {
  sectionHeading(pdf, t.sections.results);
  for (const block of data.results) {
    makeRoom(pdf, 30);
    paragraph(pdf, block.heading, FONT.bold, 9.5);
    pdf.doc.y += 1;
    if (block.list) bulletList(pdf, block.lines, 9, block.lines.length >= TWO_COLUMNS_FROM.acquired ? 2 : 1);
    else for (const line of block.lines) paragraph(pdf, line, FONT.regular, 10, COLOURS.text, 16);
    pdf.doc.y += 4;
  }
  if (data.note) paragraph(pdf, data.note, FONT.italic, 9, COLOURS.muted);
}

/**
 * One learner's attestation de fin de formation on A4 portrait, from the cursor of a fresh page:
 * the centre's header, the title, who followed which action (nature, dates, hours planned and
 * realised), its objectives, the result of the evaluation of learning, then "Fait à …, le …"
 * with the signatory and the signature.
 */
export function drawAttestation(pdf: Pdf, data: AttestationData, centre: CentreForPrint): void {
  continueWith(pdf, t.continued(data.learnerName));
  drawCentreHeader(pdf, centre);
  drawTitle(pdf, centre);

  sectionHeading(pdf, t.sections.learner);
  fieldRow(pdf, t.labels.name, data.learnerName);
  if (data.birthDate) fieldRow(pdf, t.labels.birthDate, formatDateShort(data.birthDate));

  sectionHeading(pdf, t.sections.action);
  fieldRow(pdf, t.labels.title, data.actionTitle);
  if (data.certification) fieldRow(pdf, t.labels.certification, data.certification);
  fieldRow(pdf, t.labels.nature, t.natures[data.nature]);
  fieldRow(pdf, t.labels.dates, t.dates(data.from, data.to));
  fieldRow(pdf, t.labels.duration, t.duration(data.programmeHours, data.realisedHours));

  sectionHeading(pdf, t.sections.objectives);
  if (data.objectives.length === 0) paragraph(pdf, t.noObjectives, FONT.italic, 9, COLOURS.muted);
  else bulletList(pdf, data.objectives, 8.5, data.objectives.length >= TWO_COLUMNS_FROM.objectives ? 2 : 1);

  drawResults(pdf, data);
  // Room for the whole signature block, so that it never leaves for a page of its own unheaded.
  makeRoom(pdf, SIGNATURE_HEIGHT);
  drawSignatureBlock(pdf, centre, data.issuedOn);
}
