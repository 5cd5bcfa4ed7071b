import { z } from 'zod';
import { examsFr } from '../i18n/fr/exams';
import { id, isoDate } from './fields';
import { method } from './method';
import { UNIT_KINDS } from './programmes';
import { ALL_ROLES } from './roles';

/**
 * The BTS exam simulator (Examens): a learner's unit marks, where each comes from, and the
 * decision the jury would take (shared/domain/marks/bts-decision.ts); a cohort's projected
 * success rate; the actual results of past sessions.
 */

const unitCode = z.string().trim().min(1).max(12);
/** A unit mark out of 20, two decimals at most (as the mark sheet accepts them). */
const unitMark = z
  .number()
  .min(0)
  .max(20)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { error: examsFr.twoDecimals });

/**
 * Where the entry the decision uses comes from: typed in the simulator, the learner's latest
 * BTS blanc for the unit, a dispensation, a mark kept from an earlier session, or nothing.
 */
export const EXAM_SOURCES = ['typed', 'mock_exam', 'dispensed', 'kept', 'none'] as const;
export type ExamSource = (typeof EXAM_SOURCES)[number];

export const BTS_OUTCOMES = ['admitted', 'resits', 'refused', 'not_issued', 'incomplete'] as const;
export const UNIT_STATUSES = [
  'mark',
  'absent',
  'force_majeure',
  'exempt',
  'kept',
  'missing',
  'expired',
] as const;
/** The outcomes of an actual session, as the results are published. */
export const RESULT_OUTCOMES = ['admitted', 'refused', 'not_issued', 'absent'] as const;

/** What the simulator is told about a unit; null clears it (the BTS blanc counts again). */
export const typedEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mark'), mark: unitMark }).strict(),
  z.object({ kind: z.literal('absent') }).strict(),
  z.object({ kind: z.literal('force_majeure') }).strict(),
]);
export type TypedEntry = z.infer<typeof typedEntrySchema>;

export const unitOutcomeSchema = z.object({
  code: z.string(),
  status: z.enum(UNIT_STATUSES),
  /** The mark that counts, /20, exact; null when none. */
  mark: z.number().nullable(),
  awarded: z.boolean(),
  /** Last day an awarded unit can be kept (five years). */
  validUntil: z.string().nullable(),
  resit: z.number().nullable(),
});

export const decisionSchema = z.object({
  outcome: z.enum(BTS_OUTCOMES),
  /** Exact values: round only to show them. */
  average: z.number().nullable(),
  professionalAverage: z.number().nullable(),
  optionalPoints: z.number(),
  afterResits: z.boolean(),
  units: z.array(unitOutcomeSchema),
  unitsAwarded: z.array(z.string()),
  blocsAcquired: z.array(z.number().int()),
  /** One French sentence: "Admis : moyenne 11,23 ≥ 10". */
  explanation: z.string(),
  notes: z.array(z.string()),
});
export type Decision = z.infer<typeof decisionSchema>;

export const examUnitSchema = z.object({
  code: z.string(),
  title: z.string(),
  coefficient: z.number(),
  kind: z.enum(UNIT_KINDS),
  optional: z.boolean(),
  source: z.enum(EXAM_SOURCES),
  /** What the simulator was told (editable by managers). */
  typed: typedEntrySchema.nullable(),
  /** The latest BTS blanc for this unit, rescaled to /20; `absent` for an ABS. */
  mockExam: z
    .object({
      evaluationId: id,
      title: z.string(),
      date: z.string(),
      mark: z.number().nullable(),
      absent: z.boolean(),
    })
    .nullable(),
  dispensation: z.object({ reason: z.string() }).nullable(),
  kept: z
    .object({ mark: z.number(), obtainedOn: z.string(), validUntil: z.string(), valid: z.boolean() })
    .nullable(),
});
export type ExamUnit = z.infer<typeof examUnitSchema>;

export const examBlocSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  unitCodes: z.array(z.string()),
});

export const learnerExamSchema = z.object({
  learner: z.object({ id, surname: z.string(), firstName: z.string(), groupName: z.string().nullable() }),
  cohort: z.object({ id, name: z.string(), archived: z.boolean() }),
  programme: z.object({ id, title: z.string() }),
  /** The session the decision is taken at (kept marks are checked against it). */
  sessionDate: z.string(),
  units: z.array(examUnitSchema),
  blocs: z.array(examBlocSchema),
  /** The units whose average opens the resits. */
  professionalUnitCodes: z.array(z.string()),
  /** The units an oral resit may be taken on: the mandatory general ones. */
  resitUnitCodes: z.array(z.string()),
  decision: decisionSchema.nullable(),
  /** Why no decision can be taken from these entries (French), when decision is null. */
  refusal: z.string().nullable(),
  /** The decision once the resit marks given are counted (a what-if: nothing is saved). */
  afterResits: decisionSchema.nullable(),
});
export type LearnerExam = z.infer<typeof learnerExamSchema>;

export const cohortExamRowSchema = z.object({
  learnerId: id,
  surname: z.string(),
  firstName: z.string(),
  groupName: z.string().nullable(),
  outcome: z.enum(BTS_OUTCOMES).nullable(),
  average: z.number().nullable(),
  professionalAverage: z.number().nullable(),
  explanation: z.string(),
  unitsAwarded: z.array(z.string()),
  blocsAcquired: z.array(z.number().int()),
  units: z.array(
    z.object({
      code: z.string(),
      source: z.enum(EXAM_SOURCES),
      status: z.enum(UNIT_STATUSES),
      mark: z.number().nullable(),
    }),
  ),
});
export type CohortExamRow = z.infer<typeof cohortExamRowSchema>;

const tallySchema = z.object({
  presented: z.number().int(),
  admitted: z.number().int(),
  awaitingResits: z.number().int(),
  incomplete: z.number().int(),
});

export const cohortExamSchema = z.object({
  cohort: z.object({ id, name: z.string(), programmeTitle: z.string(), archived: z.boolean() }),
  sessionDate: z.string(),
  units: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      coefficient: z.number(),
      kind: z.enum(UNIT_KINDS),
      optional: z.boolean(),
    }),
  ),
  learners: z.array(cohortExamRowSchema),
  tally: tallySchema,
  /** Projected admitted / presented; null when nobody is presented. */
  successRate: z.number().nullable(),
});
export type CohortExam = z.infer<typeof cohortExamSchema>;

export const sessionResultsSchema = z.object({
  sessionYear: z.number().int(),
  /** Every candidate but those absent from the whole session. */
  presented: z.number().int(),
  admitted: z.number().int(),
  successRate: z.number().nullable(),
  results: z.array(
    z.object({
      learnerId: id,
      surname: z.string(),
      firstName: z.string(),
      outcome: z.enum(RESULT_OUTCOMES),
      average: z.number().nullable(),
    }),
  ),
});
export type SessionResults = z.infer<typeof sessionResultsSchema>;

const sessionDate = isoDate.optional();
const writers = ['admin', 'manager'] as const;

export const examsApi = {
  'exams.learner': method({
    summary:
      'A learner’s BTS units (typed, BTS blanc, dispensed, kept) and the decision; with resit marks, the decision after the épreuves de contrôle (nothing saved).',
    input: z
      .object({
        learnerId: id,
        /** Default: the end date of the learner’s cohort. */
        sessionDate,
        resits: z
          .array(z.object({ unitCode, mark: unitMark }).strict())
          .max(2)
          .optional(),
      })
      .strict(),
    output: learnerExamSchema,
    access: ALL_ROLES,
  }),
  'exams.setUnit': method({
    summary:
      'Tells the simulator a learner’s unit mark, an unjustified absence or a force majeure; null clears it.',
    input: z.object({ learnerId: id, unitCode, entry: typedEntrySchema.nullable(), sessionDate }).strict(),
    output: learnerExamSchema,
    access: writers,
  }),
  'exams.cohort': method({
    summary:
      'Every learner in training of a cohort with their projected decision, and the projected success rate.',
    input: z.object({ cohortId: id, sessionDate }).strict(),
    output: cohortExamSchema,
    access: ALL_ROLES,
  }),
  'exams.saveResults': method({
    summary: 'Replaces the actual results of a past session of a cohort (per learner: outcome, average).',
    input: z
      .object({
        cohortId: id,
        sessionYear: z.number().int().min(2000).max(2100),
        results: z
          .array(
            z
              .object({
                learnerId: id,
                outcome: z.enum(RESULT_OUTCOMES),
                average: z.number().min(0).max(20).nullish(),
              })
              .strict(),
          )
          .max(500),
      })
      .strict(),
    output: z.array(sessionResultsSchema),
    access: writers,
  }),
  'exams.results': method({
    summary:
      'The actual results of a cohort’s past sessions, each with its success rate (admitted / presented).',
    input: z.object({ cohortId: id }).strict(),
    output: z.array(sessionResultsSchema),
    access: ALL_ROLES,
  }),
};
