import { z } from 'zod';
import { fileDownload, fileUpload, id } from './fields';
import { method } from './method';
import { ALL_ROLES } from './roles';

/**
 * The mark sheet's XLSX round trip (issue 5 §7): a group's marks of a period exported one
 * worksheet per subject, edited in a spreadsheet, and imported back: every changed cell listed,
 * refused values and cells changed in Carnet since the export shown, nothing written on a dry
 * run, everything in one transaction otherwise.
 */

const cellPlace = {
  /** The worksheet's name as the file shows it (the subject). */
  sheet: z.string(),
  /** The cell's address in the worksheet ("E9"). */
  cell: z.string(),
};

export const importChangeSchema = z.object({
  ...cellPlace,
  evaluationId: id,
  evaluationTitle: z.string(),
  subjectName: z.string(),
  learnerId: id,
  learnerName: z.string(),
  /** As the mark sheet shows cells: "12,5", "ABS", "" for an empty cell. */
  oldValue: z.string(),
  newValue: z.string(),
  /** Set when the cell changed in Carnet after the export: what it held then and who changed it. */
  conflict: z
    .object({ exportedValue: z.string(), changedAt: z.string().nullable(), changedBy: z.string().nullable() })
    .nullable(),
  /** Whether the import writes it (a conflict only with overwriteConflicts). */
  applied: z.boolean(),
});
export type ImportChange = z.infer<typeof importChangeSchema>;

export const importRefusalSchema = z.object({
  ...cellPlace,
  learnerName: z.string().nullable(),
  evaluationTitle: z.string().nullable(),
  /** What the file holds. */
  value: z.string(),
  /** Why it cannot be imported (French). */
  reason: z.string(),
});
export type ImportRefusal = z.infer<typeof importRefusalSchema>;

export const marksImportSchema = z.object({
  dryRun: z.boolean(),
  /** When the file was exported (ISO instant). */
  exportedAt: z.string(),
  changes: z.array(importChangeSchema),
  refusals: z.array(importRefusalSchema),
  conflictCount: z.number().int(),
  /** Cells written (0 on a dry run). */
  applied: z.number().int(),
  /** Cells of the file that hold what Carnet holds. */
  unchanged: z.number().int(),
});
export type MarksImport = z.infer<typeof marksImportSchema>;

export const marksXlsxApi = {
  'marks.exportXlsx': method({
    summary:
      'A group’s marks of a period as XLSX, one worksheet per subject (or only the one given): learners × evaluations, codes as text.',
    input: z.object({ groupId: id, periodId: id, subjectId: id.optional() }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
  'marks.importXlsx': method({
    summary:
      'Reads back an exported workbook: changed cells, refused values and conflicts with changes made since the export; writes nothing on a dry run, otherwise every change in one transaction (conflicts only with overwriteConflicts).',
    input: z
      .object({
        file: fileUpload,
        dryRun: z.boolean(),
        overwriteConflicts: z.boolean().default(false),
      })
      .strict(),
    output: marksImportSchema,
    access: ['admin', 'manager', 'trainer'],
  }),
};
