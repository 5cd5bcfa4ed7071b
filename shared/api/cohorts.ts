import { z } from 'zod';
import { byId, id, isoDate, optionalText, requiredText } from './fields';
import { method } from './method';
import { ALL_ROLES } from './roles';

export const HOLIDAY_ZONES = ['A', 'B', 'C'] as const;
const trainingYear = z.union([z.literal(1), z.literal(2)]);

const cohortFields = {
  name: requiredText(80),
  programmeId: id,
  startDate: isoDate,
  endDate: isoDate,
  yearFrom: trainingYear,
  yearTo: trainingYear,
  holidayZone: z.enum(HOLIDAY_ZONES),
  alsaceMoselle: z.boolean(),
  site: optionalText(120),
};

export const cohortInputSchema = z.object(cohortFields).strict();

export const cohortSchema = z.object({
  id,
  name: z.string(),
  programmeId: id,
  programmeTitle: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  holidayZone: z.enum(HOLIDAY_ZONES),
  alsaceMoselle: z.boolean(),
  site: z.string().nullable(),
  archived: z.boolean(),
  groupCount: z.number().int(),
  learnerCount: z.number().int(),
});

export const groupSchema = z.object({
  id,
  cohortId: id,
  name: z.string(),
  learnerCount: z.number().int(),
  /** Under 5 learners a group exists but cannot be planned. */
  plannable: z.boolean(),
});

const memberSchema = z.object({
  id,
  surname: z.string(),
  firstName: z.string(),
  status: z.string(),
  since: z.string(),
});

export const cohortDetailSchema = cohortSchema.extend({
  groups: z.array(groupSchema.extend({ learners: z.array(memberSchema) })),
  /** Learners of the cohort in no group at present. */
  ungrouped: z.array(memberSchema.omit({ since: true })),
  trainers: z.array(
    z.object({ id, surname: z.string(), firstName: z.string(), subjects: z.array(z.string()) }),
  ),
});

export type Cohort = z.infer<typeof cohortSchema>;
export type CohortDetail = z.infer<typeof cohortDetailSchema>;
export type Group = z.infer<typeof groupSchema>;

const writers = ['admin', 'manager'] as const;

export const cohortsApi = {
  'cohorts.list': method({
    summary: 'Cohorts with their programme and counts; archived ones on request.',
    input: z.object({ includeArchived: z.boolean().optional() }).strict(),
    output: z.array(cohortSchema),
    access: ALL_ROLES,
  }),
  'cohorts.get': method({
    summary: 'One cohort with its groups and their current learners, and the trainers of its programme.',
    input: byId,
    output: cohortDetailSchema,
    access: ALL_ROLES,
  }),
  'cohorts.create': method({
    summary: 'Creates a cohort following a programme.',
    input: cohortInputSchema,
    output: cohortSchema,
    access: writers,
  }),
  'cohorts.update': method({
    summary: 'Changes a cohort that is not archived.',
    input: cohortInputSchema.extend({ id }),
    output: cohortSchema,
    access: writers,
  }),
  'cohorts.setArchived': method({
    summary: 'Archives a finished cohort (read-only, still printable) or brings it back.',
    input: z.object({ id, archived: z.boolean() }).strict(),
    output: cohortSchema,
    access: writers,
  }),
  'cohorts.delete': method({
    summary: 'Deletes a cohort without groups or learners.',
    input: byId,
    output: z.object({}),
    access: writers,
  }),
  'groups.list': method({
    summary: 'Groups of a cohort, or of every cohort that is not archived.',
    input: z.object({ cohortId: id.optional() }).strict(),
    output: z.array(groupSchema.extend({ cohortName: z.string() })),
    access: ALL_ROLES,
  }),
  'groups.create': method({
    summary: 'Creates a group (empty, filled later) in a cohort.',
    input: z.object({ cohortId: id, name: requiredText(60) }).strict(),
    output: groupSchema,
    access: writers,
  }),
  'groups.rename': method({
    summary: 'Renames a group.',
    input: z.object({ id, name: requiredText(60) }).strict(),
    output: groupSchema,
    access: writers,
  }),
  'groups.delete': method({
    summary: 'Deletes a group that never had a learner.',
    input: byId,
    output: z.object({}),
    access: writers,
  }),
  'groups.addLearners': method({
    summary: 'Puts learners of the cohort into a group from a date; refused past 30 learners.',
    input: z
      .object({ groupId: id, learnerIds: z.array(id).min(1).max(30), from: isoDate.optional() })
      .strict(),
    output: groupSchema,
    access: writers,
  }),
  'groups.moveLearner': method({
    summary: 'Moves a learner to another group of the cohort from a date; the former membership is kept.',
    input: z.object({ learnerId: id, toGroupId: id, from: isoDate.optional() }).strict(),
    output: groupSchema,
    access: writers,
  }),
  'groups.removeLearner': method({
    summary: 'Takes a learner out of their current group from a date (history kept).',
    input: z.object({ learnerId: id, from: isoDate.optional() }).strict(),
    output: z.object({}),
    access: writers,
  }),
};
