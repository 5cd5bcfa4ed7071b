import { z } from 'zod';
import { byId, id, isoDate, requiredText } from './fields';
import {
  MAX_CHANGES,
  PERIOD_KINDS,
  cellSchema,
  coefficientsSchema,
  evaluationFields,
  evaluationSchema,
  historyEntrySchema,
  learnerAverageSchema,
  markSheetSchema,
  periodSchema,
  sheetKey,
  statisticsSchema,
  teachingSchema,
} from './marks-schemas';
import { method } from './method';
import { ALL_ROLES } from './roles';
import { expectedCellVersion, expectedVersion } from './versions';

/**
 * Marks (issue 5): a cohort's periods, who teaches what to a group, subject coefficients per
 * cohort, evaluations, the mark sheet and every change to its cells. Schemas: ./marks-schemas.ts.
 */
export * from './marks-schemas';

const managers = ['admin', 'manager'] as const;
const writers = ['admin', 'manager', 'trainer'] as const;

// ---------------------------------------------------------------- methods

export const marksApi = {
  'periods.list': method({
    summary: 'A cohort’s periods in order, each with its training year and who closed it.',
    input: z.object({ cohortId: id }).strict(),
    output: z.array(periodSchema),
    access: ALL_ROLES,
  }),
  'periods.generate': method({
    summary:
      'Splits each training year of the cohort’s dates into 2 semesters or 3 trimesters, replacing the current periods (refused when they have evaluations).',
    input: z.object({ cohortId: id, kind: z.enum(PERIOD_KINDS) }).strict(),
    output: z.array(periodSchema),
    access: managers,
  }),
  'periods.update': method({
    summary: 'Renames a period or moves its dates (its evaluations must stay within them).',
    input: z.object({ id, name: requiredText(60), startDate: isoDate, endDate: isoDate }).strict(),
    output: periodSchema,
    access: managers,
  }),
  'periods.close': method({
    summary: 'Closes a period: its evaluations, marks and appreciations can no longer change.',
    input: byId,
    output: periodSchema,
    access: managers,
  }),
  'periods.reopen': method({
    summary: 'Reopens a closed period; the reason is logged.',
    input: z.object({ id, reason: requiredText(500) }).strict(),
    output: periodSchema,
    access: managers,
  }),

  'teaching.list': method({
    summary:
      'The programme’s subjects for a group with their trainers, set on the group or found in the planning.',
    input: z.object({ groupId: id }).strict(),
    output: teachingSchema,
    access: ALL_ROLES,
  }),
  'teaching.set': method({
    summary: 'Sets the trainers assigned to a subject of a group (the planning’s trainers still count).',
    input: z.object({ groupId: id, subjectId: id, trainerIds: z.array(id).max(20) }).strict(),
    output: teachingSchema,
    access: managers,
  }),

  'coefficients.get': method({
    summary: 'Each subject’s coefficient in a cohort’s general average: the programme’s or the cohort’s own.',
    input: z.object({ cohortId: id }).strict(),
    output: coefficientsSchema,
    access: ALL_ROLES,
  }),
  'coefficients.set': method({
    summary: 'Sets a subject’s coefficient for a cohort; null goes back to the programme’s.',
    input: z
      .object({ cohortId: id, subjectId: id, coefficient: z.number().positive().max(100).nullable() })
      .strict(),
    output: coefficientsSchema,
    access: managers,
  }),

  'evaluations.list': method({
    summary: 'A group’s evaluations, optionally of one subject and/or one period, by date.',
    input: z.object({ groupId: id, subjectId: id.optional(), periodId: id.optional() }).strict(),
    output: z.array(evaluationSchema),
    access: ALL_ROLES,
  }),
  'evaluations.create': method({
    summary: 'Creates an evaluation of a group × subject in a period (trainers: for what they teach).',
    input: z.object({ groupId: id, subjectId: id, ...evaluationFields }).strict(),
    output: evaluationSchema,
    access: writers,
  }),
  'evaluations.update': method({
    summary:
      'Changes an evaluation; a new scale must hold its marks; a stale `expectedUpdatedAt` is a CONFLICT.',
    input: z.object({ id, ...evaluationFields, ...expectedVersion }).strict(),
    output: evaluationSchema,
    access: writers,
  }),
  'evaluations.delete': method({
    summary:
      'Deletes an evaluation; with marks only when a manager forces it (audited); a stale `expectedUpdatedAt` is a CONFLICT.',
    input: z.object({ id, force: z.boolean().default(false), ...expectedVersion }).strict(),
    output: z.object({ id, deletedMarks: z.number().int() }),
    access: writers,
  }),

  'markSheet.get': method({
    summary:
      'The mark sheet of a group × subject × period: evaluations, learners, cells, statistics, averages and whether the caller may edit.',
    input: sheetKey,
    output: markSheetSchema,
    access: ALL_ROLES,
  }),
  'marks.save': method({
    summary:
      'Saves one cell as typed ("12,5", "abs", "" clears it) and returns what the grid needs to update; a stale `expectedUpdatedAt` (null: read empty) is a CONFLICT.',
    input: z
      .object({
        evaluationId: id,
        learnerId: id,
        text: z.string().max(50),
        source: z.enum(['sheet', 'undo']).default('sheet'),
        ...expectedCellVersion,
      })
      .strict(),
    output: z.object({
      cell: cellSchema,
      /** False when the cell already showed this value (nothing written, no history). */
      changed: z.boolean(),
      evaluationStatistics: statisticsSchema.extend({ evaluationId: id }),
      learnerAverage: learnerAverageSchema,
    }),
    access: writers,
  }),
  'marks.saveMany': method({
    summary:
      'Saves many cells at once (paste, fill down, undo), all or nothing: one stale cell refuses them all (CONFLICT naming the cells); returns the sheet of the first change.',
    input: z
      .object({
        changes: z
          .array(
            z
              .object({ evaluationId: id, learnerId: id, text: z.string().max(50), ...expectedCellVersion })
              .strict(),
          )
          .min(1)
          .max(MAX_CHANGES),
        source: z.enum(['paste', 'fill', 'undo']),
      })
      .strict(),
    output: markSheetSchema.extend({ changed: z.number().int() }),
    access: writers,
  }),
  'marks.history': method({
    summary: 'Changes to one cell, or to all of a learner’s marks, newest first.',
    input: z.object({ learnerId: id, evaluationId: id.optional() }).strict(),
    output: z.array(historyEntrySchema),
    access: ALL_ROLES,
  }),
};
