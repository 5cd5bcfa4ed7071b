import { z } from 'zod';
import { validationFr } from '../i18n/fr/validation';

/** Field schemas shared by the records' contracts, each with its French message. */
export { expectedVersion, versionToken } from './versions';

export const id = z.number().int().positive();
export const byId = z.object({ id }).strict();
export const none = z.object({}).strict();

/** A calendar date as ISO "AAAA-MM-JJ", checked to exist (no 31 February). */
export const isoDate = z.iso.date({ error: validationFr.invalidDate });

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Optional free text: absent, null and "" all become null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const optionalDate = z
  .union([z.literal(''), isoDate])
  .nullish()
  .transform((v) => (v ? v : null));

export const optionalEmail = z
  .union([
    z.literal(''),
    z
      .string()
      .trim()
      .pipe(z.email({ error: validationFr.invalidEmail })),
  ])
  .nullish()
  .transform((v) => (v ? v : null));

export const optionalPhone = z
  .string()
  .trim()
  .max(30)
  .regex(/^[+0-9 ().-]*$/, { error: validationFr.invalidPhone })
  .nullish()
  .transform((v) => (v ? v : null));

/** A file sent by the renderer: its name and its bytes in base64 (the body limit is 5 MB). */
export const fileUpload = z
  .object({
    fileName: requiredText(255),
    contentBase64: z.string().min(1).max(7_000_000),
  })
  .strict();

export const fileDownload = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
});
export type FileDownload = z.infer<typeof fileDownload>;
