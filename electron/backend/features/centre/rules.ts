import { centreFr } from '../../../../shared/i18n/fr/centre';

/** The centre's text fields, as stored and as `centre.update` replaces them. */
export const CENTRE_TEXT_FIELDS = [
  'name',
  'address',
  'postcode',
  'city',
  'siret',
  'nda',
  'phone',
  'email',
  'signatoryName',
  'signatoryTitle',
] as const;
export type CentreTextField = (typeof CENTRE_TEXT_FIELDS)[number];
export type CentreText = Record<CentreTextField, string | null>;

/**
 * What every issued document prints and cannot do without: who the provider is (name, address,
 * SIRET, declaration number, as Code du travail L6353-1 and the certificate model ask), where it
 * is signed and by whom. Postcode, phone, e-mail and images are welcome but not required.
 */
const REQUIRED_FOR_DOCUMENTS = [
  'name',
  'address',
  'city',
  'siret',
  'nda',
  'signatoryName',
  'signatoryTitle',
] as const satisfies readonly CentreTextField[];

/** French labels of the required fields still empty, in the order of the form. */
export function missingForDocuments(centre: CentreText): string[] {
  return REQUIRED_FOR_DOCUMENTS.filter((field) => !centre[field]?.trim()).map(
    (field) => centreFr.fields[field],
  );
}

/** "12345678900012" -> "123 456 789 00012": SIREN by threes, then the establishment's NIC. */
export function formatSiret(siret: string): string {
  const digits = siret.replace(/\D/g, '');
  if (digits.length !== 14) return siret;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
}

/** Logos and signatures are small pictures: 2 MB is plenty, and keeps every PDF light. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** A plain address as typed in one field: line breaks kept, blank lines dropped. */
export function addressLines(centre: Pick<CentreText, 'address' | 'postcode' | 'city'>): string[] {
  const lines = (centre.address ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const town = [centre.postcode, centre.city].filter((part) => part && part.trim()).join(' ');
  if (town && !lines.some((line) => line.includes(town))) lines.push(town);
  return lines;
}
