import type { Pdf } from './pdf';

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

/**
 * Draws the centre's header at the top of the current page (logo, name, address, SIRET, NDA)
 * and leaves the cursor below it. OWNED BY THE CENTRE-IDENTITY WORK: placeholder until then.
 */
export function drawCentreHeader(pdf: Pdf, centre: CentreForPrint): void {
  void centre;
  pdf.doc.moveDown(0);
}

/**
 * Draws "Fait à <city>, le <date>", the signatory's name and title and the signature image,
 * right-aligned, where the cursor is (a new page if it does not fit).
 */
export function drawSignatureBlock(pdf: Pdf, centre: CentreForPrint, issuedOn: string): void {
  void centre;
  void issuedOn;
  pdf.doc.moveDown(0);
}
