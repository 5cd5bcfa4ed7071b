import { z } from 'zod';
import {
  byId,
  id,
  isoDate,
  optionalDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
} from './fields';
import { method } from './method';
import { ALL_ROLES } from './roles';

export const ACCESS_ROUTES = [
  'apprenticeship',
  'professionalisation',
  'initial_alternating',
  'pro_formula',
  'vae',
] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];

/** Funding of the "formule pro" route. */
export const FUNDINGS = ['cpf', 'skills_plan', 'cpf_transition', 'pro_a', 'csp'] as const;
export const LEARNER_STATUSES = ['in_training', 'dropped_out', 'graduated'] as const;

/**
 * The learner's own fields, flat so that a form and an import row have the same shape. The
 * rules linking fields (funding only for formule pro, dates in order, SIRET checksum...) are in
 * shared/domain/learner-rules.ts and applied by the handlers and the import.
 */
export const learnerFields = {
  surname: requiredText(80),
  firstName: requiredText(80),
  birthDate: optionalDate,
  email: optionalEmail,
  phone: optionalPhone,
  address: optionalText(300),
  accessRoute: z.enum(ACCESS_ROUTES),
  funding: z
    .enum(FUNDINGS)
    .nullish()
    .transform((v) => v ?? null),
  employerName: optionalText(160),
  employerAddress: optionalText(300),
  employerSiret: optionalText(20),
  tutorName: optionalText(120),
  tutorEmail: optionalEmail,
  tutorPhone: optionalPhone,
  contractStart: optionalDate,
  contractEnd: optionalDate,
  foreignStudent: z.boolean().default(false),
  entryDate: optionalDate,
  exitDate: optionalDate,
  status: z.enum(LEARNER_STATUSES).default('in_training'),
  dropoutDate: optionalDate,
  dropoutReason: optionalText(300),
};

export const dispensationSchema = z
  .object({ unitCode: requiredText(12), reason: requiredText(200) })
  .strict();
export const keptMarkSchema = z
  .object({ unitCode: requiredText(12), mark: z.number().min(0).max(20), obtainedOn: isoDate })
  .strict();

export const learnerInputSchema = z
  .object({
    ...learnerFields,
    cohortId: id.nullish().transform((v) => v ?? null),
    dispensations: z.array(dispensationSchema).max(10).default([]),
    keptMarks: z.array(keptMarkSchema).max(10).default([]),
  })
  .strict();
export type LearnerInput = z.output<typeof learnerInputSchema>;

export const learnerSchema = z.object({
  id,
  surname: z.string(),
  firstName: z.string(),
  birthDate: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  accessRoute: z.enum(ACCESS_ROUTES),
  funding: z.enum(FUNDINGS).nullable(),
  employerName: z.string().nullable(),
  employerAddress: z.string().nullable(),
  employerSiret: z.string().nullable(),
  tutorName: z.string().nullable(),
  tutorEmail: z.string().nullable(),
  tutorPhone: z.string().nullable(),
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  foreignStudent: z.boolean(),
  entryDate: z.string().nullable(),
  exitDate: z.string().nullable(),
  status: z.enum(LEARNER_STATUSES),
  dropoutDate: z.string().nullable(),
  dropoutReason: z.string().nullable(),
  cohortId: z.number().nullable(),
  cohortName: z.string().nullable(),
  dispensations: z.array(z.object({ unitCode: z.string(), reason: z.string() })),
  keptMarks: z.array(z.object({ unitCode: z.string(), mark: z.number(), obtainedOn: z.string() })),
  /** Every group the learner has been in, latest first. */
  groupHistory: z.array(
    z.object({ groupId: id, groupName: z.string(), startDate: z.string(), endDate: z.string().nullable() }),
  ),
});
export type Learner = z.infer<typeof learnerSchema>;

/** A line of the learners list: the record's main facts and the current group. */
export const learnerRowSchema = learnerSchema
  .pick({
    id: true,
    surname: true,
    firstName: true,
    birthDate: true,
    email: true,
    phone: true,
    accessRoute: true,
    status: true,
    cohortId: true,
    cohortName: true,
    employerName: true,
  })
  .extend({ groupId: z.number().nullable(), groupName: z.string().nullable() });
export type LearnerRow = z.infer<typeof learnerRowSchema>;

const writers = ['admin', 'manager'] as const;

export const learnersApi = {
  'learners.list': method({
    summary: 'Learners, optionally of one cohort or group, in one status, or matching a search on names.',
    input: z
      .object({
        cohortId: id.optional(),
        groupId: id.optional(),
        status: z.enum(LEARNER_STATUSES).optional(),
        search: z.string().trim().max(80).optional(),
      })
      .strict(),
    output: z.array(learnerRowSchema),
    access: ALL_ROLES,
  }),
  'learners.get': method({
    summary: 'One learner with access route, employer, tutor, dispensations, kept marks and group history.',
    input: byId,
    output: learnerSchema,
    access: ALL_ROLES,
  }),
  'learners.create': method({
    summary: 'Creates a learner, optionally straight into a group of their cohort (refused past 30).',
    input: learnerInputSchema.extend({ groupId: id.optional() }),
    output: learnerSchema,
    access: writers,
  }),
  'learners.update': method({
    summary: 'Changes a learner’s record (not their group: see groups.moveLearner).',
    input: learnerInputSchema.extend({ id }),
    output: learnerSchema,
    access: writers,
  }),
  'learners.delete': method({
    summary: 'Deletes a learner entered by mistake; refused once attendance or marks refer to them.',
    input: byId,
    output: z.object({}),
    access: writers,
  }),
};
