import { z } from 'zod';
import { DISPLAY_ROUNDINGS } from '../domain/marks/rounding';
import { averagesFr } from '../i18n/fr/averages';
import { id } from './fields';
import { method } from './method';
import { ALL_ROLES } from './roles';

/**
 * Averages (issue 5 §4): each learner's average per subject of the programme and their general
 * average over a period or a training year, with ranks and the class's statistics. Every value
 * is exact on /20 (shared/domain/marks): round it only to show it.
 */

export const TRAINING_YEARS = [1, 2] as const;
const trainingYear = z.union([z.literal(1), z.literal(2)]);

/** Exact value on /20; provisional while an NN mark waits (pending: how many). */
export const averageValueSchema = z.object({
  value: z.number().nullable(),
  provisional: z.boolean(),
  pending: z.number().int(),
});
export type AverageValue = z.infer<typeof averageValueSchema>;

export const classStatisticsSchema = z.object({
  average: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  count: z.number().int(),
});
export type ClassStatisticsValue = z.infer<typeof classStatisticsSchema>;

export const averageSubjectSchema = z.object({
  subjectId: id,
  name: z.string(),
  unitCode: z.string().nullable(),
  /** What the general average weighs it with: the cohort's own coefficient, else the programme's. */
  coefficient: z.number(),
  /** True when the cohort's own coefficient replaces the programme's. */
  cohortCoefficient: z.boolean(),
});
export type AverageSubject = z.infer<typeof averageSubjectSchema>;

const scopeSchema = z.object({
  /** Set for a period's averages; null for a year's. */
  periodId: z.number().int().nullable(),
  /** The training year (1 or 2) of the period, or the year asked for. */
  trainingYear: z.number().int(),
  /** "Semestre 1", or "Année 1" for a year. */
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  /** The periods the averages are computed over, in order. */
  periodIds: z.array(id),
});

/** The settings the screens need to show the values as the centre chose. */
const displaySchema = z.object({
  displayRounding: z.enum(DISPLAY_ROUNDINGS),
  showRank: z.boolean(),
  absCountsAsZero: z.boolean(),
});

export const learnerAveragesSchema = z.object({
  learnerId: id,
  surname: z.string(),
  firstName: z.string(),
  /** One per subject, in the order of `subjects`. */
  subjects: z.array(averageValueSchema.extend({ subjectId: id })),
  general: averageValueSchema,
  /** Null when ranks are not shown (settings) or the learner has no general average. */
  rank: z.number().int().nullable(),
});
export type LearnerAverages = z.infer<typeof learnerAveragesSchema>;

export const groupAveragesSchema = z.object({
  group: z.object({ id, name: z.string(), cohortId: id, cohortName: z.string() }),
  scope: scopeSchema,
  display: displaySchema,
  /** The programme's subjects in programme order. */
  subjects: z.array(averageSubjectSchema),
  /** Members of the group at any time during the period or year, by surname then first name. */
  learners: z.array(learnerAveragesSchema),
  classStatistics: z.object({
    /** One per subject, in the order of `subjects`: over the learners' subject averages. */
    subjects: z.array(classStatisticsSchema.extend({ subjectId: id })),
    general: classStatisticsSchema,
  }),
});
export type GroupAverages = z.infer<typeof groupAveragesSchema>;

export const learnerReportSchema = groupAveragesSchema
  .omit({ learners: true })
  .extend({ learner: learnerAveragesSchema, classSize: z.number().int() });
export type LearnerReport = z.infer<typeof learnerReportSchema>;

/** A learner under 10 in the period under way of an active cohort. */
export const atRiskSchema = z.object({
  learnerId: id,
  name: z.string(),
  groupId: id,
  groupName: z.string(),
  cohortName: z.string(),
  periodName: z.string(),
  average: z.number(),
  provisional: z.boolean(),
});
export type AtRisk = z.infer<typeof atRiskSchema>;

const groupInput = z
  .object({ groupId: id, periodId: id.optional(), year: trainingYear.optional() })
  .strict()
  .refine((v) => (v.periodId === undefined) !== (v.year === undefined), {
    error: averagesFr.periodOrYear,
    path: ['periodId'],
  });

export const averagesApi = {
  'averages.group': method({
    summary:
      'Each learner’s subject averages, general average and rank over a period or a training year, with the class’s average, min and max (trainers: groups they teach).',
    input: groupInput,
    output: groupAveragesSchema,
    access: ALL_ROLES,
  }),
  'averages.atRisk': method({
    summary:
      'Learners whose general average over their period under way is below 10 (exact value), lowest first, for the dashboard.',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(atRiskSchema) }),
    access: ['admin', 'manager', 'adviser'],
  }),
  'averages.learner': method({
    summary:
      'One learner’s averages over a period with their group’s statistics, as the report card shows them.',
    input: z.object({ learnerId: id, periodId: id }).strict(),
    output: learnerReportSchema,
    access: ALL_ROLES,
  }),
};
