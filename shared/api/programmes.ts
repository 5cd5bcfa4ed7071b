import { z } from 'zod';
import { byId, id, none, optionalText, requiredText } from './fields';
import { programmeRulesFr } from '../i18n/fr/programmes';
import { method } from './method';
import { ALL_ROLES } from './roles';

export const UNIT_KINDS = ['general', 'professional'] as const;
export const UNIT_FORMS = ['written', 'oral', 'written_practical', 'practical'] as const;

const hours = z.number().min(0).max(5000);
const coefficient = z.number().min(0).max(100);
const unitCode = z.string().trim().min(1).max(12);

export const subjectSchema = z.object({
  id: id.optional(),
  name: requiredText(120),
  hoursYear1: hours,
  hoursYear2: hours,
  coefficient,
  /** The exam unit this subject prepares, when there is one. */
  unitCode: unitCode.nullish().transform((v) => v ?? null),
});

export const unitSchema = z.object({
  id: id.optional(),
  code: unitCode,
  title: requiredText(160),
  form: z.enum(UNIT_FORMS),
  durationMinutes: z.number().int().min(0).max(600),
  preparationMinutes: z.number().int().min(0).max(600),
  coefficient,
  kind: z.enum(UNIT_KINDS),
  /** An optional unit (e.g. NRC's foreign language B) counts only for its points above 10. */
  optional: z.boolean(),
});

export const blocSchema = z.object({
  id: id.optional(),
  number: z.number().int().min(1).max(20),
  title: requiredText(160),
  unitCodes: z.array(unitCode).max(20),
});

const programmeHeader = {
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: programmeRulesFr.codeFormat }),
  title: requiredText(200),
  diplomaCode: optionalText(20),
  rncpCode: optionalText(20),
  nsfCode: optionalText(20),
  level: z
    .number()
    .int()
    .min(1)
    .max(8)
    .nullish()
    .transform((v) => v ?? null),
  totalHours: hours,
};

/** What a programme holds besides its identity: the shape of a built-in JSON file and of an update. */
export const programmeContentSchema = z.object({
  ...programmeHeader,
  objectives: z.array(requiredText(300)).max(100),
  subjects: z.array(subjectSchema).max(60),
  units: z.array(unitSchema).max(20),
  blocs: z.array(blocSchema).max(20),
});
export type ProgrammeContent = z.output<typeof programmeContentSchema>;

export const programmeSummarySchema = z.object({
  id,
  code: z.string(),
  title: z.string(),
  diplomaCode: z.string().nullable(),
  rncpCode: z.string().nullable(),
  nsfCode: z.string().nullable(),
  level: z.number().nullable(),
  totalHours: z.number(),
  builtin: z.boolean(),
  basedOnId: z.number().nullable(),
  subjectCount: z.number().int(),
  unitCount: z.number().int(),
  cohortCount: z.number().int(),
});

export const programmeDetailSchema = programmeSummarySchema.extend({
  objectives: z.array(z.string()),
  subjects: z.array(subjectSchema.extend({ id, unitCode: z.string().nullable() })),
  units: z.array(unitSchema.extend({ id })),
  blocs: z.array(blocSchema.extend({ id })),
});

export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;
export type ProgrammeDetail = z.infer<typeof programmeDetailSchema>;

const writers = ['admin', 'manager'] as const;

export const programmesApi = {
  'programmes.list': method({
    summary: 'Every programme (built-in and the centre’s copies) with its counts.',
    input: none,
    output: z.array(programmeSummarySchema),
    access: ALL_ROLES,
  }),
  'programmes.get': method({
    summary: 'One programme with its subjects (hours per year), exam units, blocs and objectives.',
    input: byId,
    output: programmeDetailSchema,
    access: ALL_ROLES,
  }),
  'programmes.duplicate': method({
    summary: 'Copies a programme (built-in or not) into an editable one of the centre.',
    input: z.object({ id, code: programmeHeader.code, title: programmeHeader.title }).strict(),
    output: programmeDetailSchema,
    access: writers,
  }),
  'programmes.update': method({
    summary:
      'Replaces a centre programme’s header, objectives, subjects, units and blocs. Built-in programmes are read-only; removing a subject still in use is refused.',
    input: z.object({ id, ...programmeContentSchema.shape }).strict(),
    output: programmeDetailSchema,
    access: writers,
  }),
  'programmes.delete': method({
    summary: 'Deletes a centre programme no cohort uses.',
    input: byId,
    output: z.object({}),
    access: writers,
  }),
};
