import { z } from 'zod';
import { MARK_CODES } from '../domain/marks/mark-input';
import { PERIOD_KINDS } from '../domain/marks/periods';
import { id, isoDate, requiredText } from './fields';

/**
 * The schemas of the marks contract (./marks.ts). Marks (issue 5): a cohort's periods, who teaches what to a group, subject coefficients per
 * cohort, evaluations, the mark sheet and every change to its cells.
 */

export { PERIOD_KINDS };
export const EVALUATION_KINDS = ['homework', 'oral', 'ccf', 'mock_exam'] as const;
/** Where a cell change came from; 'import' is written by the XLSX import only. */
export const MARK_SOURCES = ['sheet', 'paste', 'fill', 'undo', 'import'] as const;
/** A paste or a fill of a whole sheet stays well under this; more is a mistake. */
export const MAX_CHANGES = 2000;

// ---------------------------------------------------------------- periods

export const periodSchema = z.object({
  id,
  cohortId: id,
  kind: z.enum(PERIOD_KINDS),
  position: z.number().int(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  /** The cohort's training year (1 or 2) the period falls in: the "year" of year averages. */
  trainingYear: z.number().int(),
  /** Closed periods refuse every change to their evaluations, marks and appreciations. */
  closed: z.object({ at: z.string(), byUserId: id, byName: z.string() }).nullable(),
  evaluationCount: z.number().int(),
});
export type Period = z.infer<typeof periodSchema>;

// ---------------------------------------------------------------- teaching

export const teacherSchema = z.object({
  trainerId: id,
  name: z.string(),
  /** Set on the group (teaching_assignments). */
  assigned: z.boolean(),
  /** Has at least one planned session of this group × subject. */
  planned: z.boolean(),
});

export const teachingSchema = z.object({
  groupId: id,
  cohortId: id,
  subjects: z.array(
    z.object({
      subjectId: id,
      subjectName: z.string(),
      unitCode: z.string().nullable(),
      trainers: z.array(teacherSchema),
      /** The caller may write marks and appreciations of this group × subject. */
      callerTeaches: z.boolean(),
    }),
  ),
});
export type Teaching = z.infer<typeof teachingSchema>;

// ---------------------------------------------------------------- coefficients

export const coefficientsSchema = z.object({
  cohortId: id,
  subjects: z.array(
    z.object({
      subjectId: id,
      subjectName: z.string(),
      programmeCoefficient: z.number(),
      /** The cohort's own coefficient; null: the programme's applies. */
      cohortCoefficient: z.number().nullable(),
      /** What averages use. */
      coefficient: z.number(),
    }),
  ),
});
export type Coefficients = z.infer<typeof coefficientsSchema>;

// ---------------------------------------------------------------- evaluations

const positive = z.number().positive().max(1000);
const unitCode = z
  .string()
  .trim()
  .max(20)
  .nullish()
  .transform((v) => (v ? v : null));

export const evaluationFields = {
  periodId: id,
  title: requiredText(120),
  date: isoDate,
  kind: z.enum(EVALUATION_KINDS),
  coefficient: positive,
  scale: positive.default(20),
  /** Only for a mock_exam (BTS blanc): the programme's unit it stands for. */
  unitCode,
};

export const evaluationSchema = z.object({
  id,
  groupId: id,
  subjectId: id,
  subjectName: z.string(),
  periodId: id,
  periodName: z.string(),
  title: z.string(),
  date: z.string(),
  kind: z.enum(EVALUATION_KINDS),
  coefficient: z.number(),
  scale: z.number(),
  unitCode: z.string().nullable(),
  /** Filled cells (a mark or a code). */
  markCount: z.number().int(),
  /** Version token (shared/api/versions.ts), sent back by evaluations.update and .delete. */
  updatedAt: z.string(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

// ---------------------------------------------------------------- the mark sheet

export const markEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mark'), mark: z.number() }),
  z.object({ kind: z.literal('code'), code: z.enum(MARK_CODES) }),
  z.object({ kind: z.literal('empty') }),
]);

export const cellSchema = z.object({
  evaluationId: id,
  learnerId: id,
  /** As the cell shows it and as it is typed back: "12,5", "ABS", "" (formatMarkEntry). */
  text: z.string(),
  entry: markEntrySchema,
  /** Version token (shared/api/versions.ts); null for an empty cell. */
  updatedAt: z.string().nullable(),
});
export type Cell = z.infer<typeof cellSchema>;

export const statisticsSchema = z.object({
  average: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  count: z.number().int(),
});

/** Exact values on /20 (round only to show them); provisional while an NN waits. */
export const averageSchema = z.object({
  value: z.number().nullable(),
  provisional: z.boolean(),
  coefficientTotal: z.number(),
  counted: z.number().int(),
  pending: z.number().int(),
});

export const learnerAverageSchema = z.object({
  learnerId: id,
  /** Over the learner's marks of this subject in the period (whatever group they were in). */
  period: averageSchema,
  /** Over those of every period of the same training year. */
  year: averageSchema,
});

export const closedSchema = z.object({ at: z.string(), byUserId: id, byName: z.string() });

export const markSheetSchema = z.object({
  group: z.object({ id, name: z.string(), cohortId: id, cohortName: z.string(), archived: z.boolean() }),
  subject: z.object({ id, name: z.string(), unitCode: z.string().nullable() }),
  period: z.object({
    id,
    name: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    trainingYear: z.number().int(),
    closed: closedSchema.nullable(),
  }),
  /** By date, then creation. */
  evaluations: z.array(evaluationSchema),
  /** Members of the group at any time during the period, by surname then first name (fr). */
  learners: z.array(
    z.object({
      id,
      surname: z.string(),
      firstName: z.string(),
      /** Set when the learner joined the group after the period began. */
      joinedOn: z.string().nullable(),
      /** Set when the learner left the group before the period ended. */
      leftOn: z.string().nullable(),
    }),
  ),
  /** Every learner × evaluation, learners' order then evaluations' order ("" for empty cells). */
  cells: z.array(cellSchema),
  /** One per evaluation, on that evaluation's own scale. */
  evaluationStatistics: z.array(statisticsSchema.extend({ evaluationId: id })),
  averages: z.array(learnerAverageSchema),
  /** Of the learners' averages (nulls left out). */
  classStatistics: z.object({ period: statisticsSchema, year: statisticsSchema }),
  canEdit: z.boolean(),
  /** Why the caller cannot edit (French), null when they can. */
  cannotEditReason: z.string().nullable(),
});
export type MarkSheet = z.infer<typeof markSheetSchema>;

export const sheetKey = z.object({ groupId: id, subjectId: id, periodId: id }).strict();

export const historyEntrySchema = z.object({
  id,
  evaluationId: id,
  evaluationTitle: z.string(),
  subjectId: id,
  subjectName: z.string(),
  periodName: z.string(),
  learnerId: id,
  learnerName: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  source: z.enum(MARK_SOURCES),
  changedBy: z.object({ id, name: z.string() }),
  changedAt: z.string(),
});
export type MarkHistoryEntry = z.infer<typeof historyEntrySchema>;
