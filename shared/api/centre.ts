import { z } from 'zod';
import { centreFr } from '../i18n/fr/centre';
import { fileDownload, fileUpload, optionalText } from './fields';
import { method } from './method';
import type { Role } from './roles';
import { ALL_ROLES } from './roles';

/**
 * The centre's identity, printed in the header and signature block of every document (issue 7
 * §1). SIRET is 14 digits (checked with the Luhn key in the handler); the NDA (numéro de
 * déclaration d'activité) is 11 digits. Images are kept in the database (stored_files).
 */
const editors: readonly Role[] = ['admin', 'manager'];

export const CENTRE_IMAGES = ['logo', 'signature'] as const;
export type CentreImage = (typeof CENTRE_IMAGES)[number];

const digits = (n: number, error: string) =>
  z
    .string()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.union([z.literal(''), z.string().regex(new RegExp(`^\\d{${n}}$`), { error })]))
    .nullish()
    .transform((v) => (v ? v : null));

export const centreFields = {
  name: optionalText(160),
  address: optionalText(300),
  postcode: optionalText(10),
  /** The city of "Fait à …, le …". */
  city: optionalText(100),
  siret: digits(14, centreFr.siretFormat),
  nda: digits(11, centreFr.ndaFormat),
  phone: optionalText(30),
  email: optionalText(160),
  signatoryName: optionalText(120),
  /** "Directrice", "Responsable pédagogique"… */
  signatoryTitle: optionalText(120),
};

export const centreSchema = z.object({
  name: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  siret: z.string().nullable(),
  nda: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  signatoryName: z.string().nullable(),
  signatoryTitle: z.string().nullable(),
  hasLogo: z.boolean(),
  hasSignature: z.boolean(),
  /** What documents still need before they can be issued: French labels of the missing fields. */
  missing: z.array(z.string()),
});
export type Centre = z.infer<typeof centreSchema>;

export const centreApi = {
  'centre.get': method({
    summary: 'The centre’s identity as documents print it, and what is still missing.',
    input: z.object({}).strict(),
    output: centreSchema,
    access: ALL_ROLES,
  }),
  'centre.update': method({
    summary: 'Changes the centre’s identity (text fields).',
    input: z.object(centreFields).strict(),
    output: centreSchema,
    access: editors,
  }),
  'centre.setImage': method({
    summary: 'Sets the logo or the signatory’s signature (PNG or JPEG, 2 MB at most).',
    input: z.object({ kind: z.enum(CENTRE_IMAGES), file: fileUpload }).strict(),
    output: centreSchema,
    access: editors,
  }),
  'centre.removeImage': method({
    summary: 'Removes the logo or the signature image.',
    input: z.object({ kind: z.enum(CENTRE_IMAGES) }).strict(),
    output: centreSchema,
    access: editors,
  }),
  'centre.image': method({
    summary: 'The logo or the signature image, to show it in Paramètres.',
    input: z.object({ kind: z.enum(CENTRE_IMAGES) }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
};
