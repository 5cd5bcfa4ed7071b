import { z } from 'zod';
import { fileDownload, fileUpload, id } from './fields';
import { method } from './method';

export const IMPORT_KINDS = ['learners', 'trainers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Which column of the file feeds which field (column index from 0), null when none does. */
export const mappingSchema = z.record(z.string().max(40), z.number().int().min(0).max(200).nullable());

const target = {
  kind: z.enum(IMPORT_KINDS),
  file: fileUpload,
  mapping: mappingSchema,
  /** Learners only: the cohort they join, and optionally a group of it. */
  cohortId: id.optional(),
  groupId: id.optional(),
};

export const importPreviewSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  separator: z.string().nullable(),
  headers: z.array(z.string()),
  rowCount: z.number().int(),
  sample: z.array(z.array(z.string())),
  /** The guessed mapping, from the column titles. */
  mapping: mappingSchema,
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importRowSchema = z.object({
  /** The row's line in the file (the header is line 1). */
  line: z.number().int(),
  values: z.record(z.string(), z.string()),
  /** French message per field that is refused. */
  errors: z.record(z.string(), z.string()),
  /** Set when the same surname, first name and date of birth exist already (or earlier in the file). */
  duplicateOf: z.string().nullable(),
});

export const importCheckSchema = z.object({
  rows: z.array(importRowSchema),
  validCount: z.number().int(),
  invalidCount: z.number().int(),
  duplicateCount: z.number().int(),
});
export type ImportCheck = z.infer<typeof importCheckSchema>;

const writers = ['admin', 'manager'] as const;

export const importsApi = {
  'imports.template': method({
    summary: 'An XLSX template with the expected columns for learners or trainers.',
    input: z.object({ kind: z.enum(IMPORT_KINDS) }).strict(),
    output: fileDownload,
    access: writers,
  }),
  'imports.preview': method({
    summary:
      'Reads a CSV (UTF-8 or Windows-1252, ; or , separated) or XLSX file: columns, first rows, guessed mapping.',
    input: z.object({ kind: z.enum(IMPORT_KINDS), file: fileUpload }).strict(),
    output: importPreviewSchema,
    access: writers,
  }),
  'imports.check': method({
    summary:
      'Validates every row with a mapping: per-row, per-column French errors and duplicates. Writes nothing.',
    input: z.object(target).strict(),
    output: importCheckSchema,
    access: writers,
  }),
  'imports.run': method({
    summary:
      'Imports in one transaction: nothing unless every row is valid, or only the valid rows when asked. Group limits apply.',
    input: z.object({ ...target, onlyValid: z.boolean() }).strict(),
    output: z.object({ imported: z.number().int(), skipped: z.number().int() }),
    access: writers,
  }),
  'exports.groupList': method({
    summary: 'The current learners of a group as an XLSX list.',
    input: z.object({ groupId: id }).strict(),
    output: fileDownload,
    access: ['admin', 'manager', 'adviser', 'trainer'],
  }),
  'exports.cohortRoster': method({
    summary: 'The roster of a cohort (every learner with group, route, employer) as XLSX.',
    input: z.object({ cohortId: id }).strict(),
    output: fileDownload,
    access: ['admin', 'manager', 'adviser'],
  }),
};
