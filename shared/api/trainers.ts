import { z } from 'zod';
import { byId, id, none, optionalEmail, optionalPhone, optionalText, requiredText } from './fields';
import { method } from './method';
import { ALL_ROLES } from './roles';

export const CONTRACT_TYPES = ['employee', 'temporary', 'freelance'] as const;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6] as const;
export const SLOTS = ['morning', 'afternoon', 'evening'] as const;

export const availabilitySchema = z.object({
  weekday: z.number().int().min(1).max(6),
  slot: z.enum(SLOTS),
});

export const trainerInputSchema = z
  .object({
    surname: requiredText(80),
    firstName: requiredText(80),
    email: optionalEmail,
    phone: optionalPhone,
    contractType: z.enum(CONTRACT_TYPES),
    /** The user account (role trainer) this trainer signs in with, if any. */
    userId: id.nullish().transform((v) => v ?? null),
    subjectIds: z.array(id).max(200).default([]),
    availability: z.array(availabilitySchema).max(18).default([]),
    notes: optionalText(1000),
  })
  .strict();

export const subjectChoiceSchema = z.object({
  id,
  name: z.string(),
  programmeId: id,
  programmeTitle: z.string(),
});
export type SubjectChoice = z.infer<typeof subjectChoiceSchema>;

export const trainerSchema = z.object({
  id,
  surname: z.string(),
  firstName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  contractType: z.enum(CONTRACT_TYPES),
  userId: z.number().nullable(),
  userLogin: z.string().nullable(),
  subjects: z.array(subjectChoiceSchema),
  availability: z.array(availabilitySchema),
  notes: z.string().nullable(),
});
export type Trainer = z.infer<typeof trainerSchema>;
export type TrainerInput = z.input<typeof trainerInputSchema>;

/** An account that may be linked to a trainer, and the trainer it is linked to already if any. */
export const accountChoiceSchema = z.object({
  id,
  login: z.string(),
  displayName: z.string(),
  trainerId: z.number().nullable(),
  trainerName: z.string().nullable(),
});
export type AccountChoice = z.infer<typeof accountChoiceSchema>;

const writers = ['admin', 'manager'] as const;

export const trainersApi = {
  'trainers.list': method({
    summary: 'Every trainer with subjects taught and weekly availability.',
    input: none,
    output: z.array(trainerSchema),
    access: ALL_ROLES,
  }),
  'trainers.get': method({ summary: 'One trainer.', input: byId, output: trainerSchema, access: ALL_ROLES }),
  'trainers.create': method({
    summary: 'Creates a trainer, optionally linked to a user account with the trainer role.',
    input: trainerInputSchema,
    output: trainerSchema,
    access: writers,
  }),
  'trainers.update': method({
    summary: 'Changes a trainer.',
    input: trainerInputSchema.extend({ id }),
    output: trainerSchema,
    access: writers,
  }),
  'trainers.delete': method({
    summary: 'Deletes a trainer no session refers to.',
    input: byId,
    output: z.object({}),
    access: writers,
  }),
  'trainers.accountChoices': method({
    summary:
      'Active accounts with the trainer role, each with the trainer it is linked to if any (for the link picker).',
    input: none,
    output: z.array(accountChoiceSchema),
    access: writers,
  }),
  'trainers.subjectChoices': method({
    summary: 'Every subject of every programme, with its programme (for the subjects-taught picker).',
    input: none,
    output: z.array(subjectChoiceSchema),
    access: writers,
  }),
};
