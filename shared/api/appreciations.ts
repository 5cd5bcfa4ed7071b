import { z } from 'zod';
import { DISPLAY_ROUNDINGS } from '../domain/marks/rounding';
import { byId, id, none } from './fields';
import { method } from './method';
import { ALL_ROLES } from './roles';
import { averageValueSchema } from './averages';
import { expectedCellVersion } from './versions';

/**
 * Appreciations (issue 5 §5): a subject's trainer writes one per learner × subject × period, the
 * pedagogical team (managers) the general one per learner × period; every change is kept in
 * their history. Each user keeps a bank of phrases to insert.
 */

export const APPRECIATION_SOURCES = ['screen', 'import'] as const;
/** The hard ceiling of the contract; the centre's own limit (settings.marks) is checked after. */
export const APPRECIATION_HARD_MAX = 5000;

/**
 * How long an appreciation is, as its counter shows it and as the limit is checked: characters
 * a person sees (an accented letter counts one, however it was typed or pasted).
 */
export function appreciationLength(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Kept as typed but for surrounding blanks; composed accents so every count agrees. */
const appreciationText = z
  .string()
  .max(APPRECIATION_HARD_MAX)
  .transform((v) => v.normalize('NFC').trim());

const writers = ['admin', 'manager', 'trainer'] as const;

const closedSchema = z.object({ at: z.string(), byName: z.string() });

export const appreciationRowSchema = z.object({
  learnerId: id,
  surname: z.string(),
  firstName: z.string(),
  /** For context: the subject average of the period, or the general average for general ones. */
  average: averageValueSchema,
  /** "" when none is written. */
  text: z.string(),
  updatedBy: z.string().nullable(),
  /** Version token (shared/api/versions.ts); null when none is written. */
  updatedAt: z.string().nullable(),
});
export type AppreciationRow = z.infer<typeof appreciationRowSchema>;

export const appreciationListSchema = z.object({
  groupId: id,
  periodId: id,
  periodName: z.string(),
  /** Null: the general appreciations. */
  subjectId: z.number().int().nullable(),
  subjectName: z.string().nullable(),
  /** settings.marks.appreciationMaxLength. */
  maxLength: z.number().int(),
  /** settings.marks.displayRounding, to show the averages. */
  displayRounding: z.enum(DISPLAY_ROUNDINGS),
  closed: closedSchema.nullable(),
  canWrite: z.boolean(),
  /** Why the caller cannot write here (French), null when they can. */
  cannotWriteReason: z.string().nullable(),
  /** Members of the group during the period, by surname then first name. */
  rows: z.array(appreciationRowSchema),
});
export type AppreciationList = z.infer<typeof appreciationListSchema>;

export const savedAppreciationSchema = z.object({
  learnerId: id,
  periodId: id,
  subjectId: z.number().int().nullable(),
  text: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** False when the text was already this one: nothing written, no history. */
  changed: z.boolean(),
});
export type SavedAppreciation = z.infer<typeof savedAppreciationSchema>;

export const appreciationHistoryEntrySchema = z.object({
  id,
  subjectId: z.number().int().nullable(),
  /** Null: the general appreciation. */
  subjectName: z.string().nullable(),
  oldText: z.string(),
  newText: z.string(),
  source: z.enum(APPRECIATION_SOURCES),
  changedBy: z.string(),
  changedAt: z.string(),
});
export type AppreciationHistoryEntry = z.infer<typeof appreciationHistoryEntrySchema>;

export const phraseSchema = z.object({ id, text: z.string(), createdAt: z.string() });
export type Phrase = z.infer<typeof phraseSchema>;

export const appreciationsApi = {
  'appreciations.list': method({
    summary:
      'A group’s appreciations of a period: one subject’s (subjectId) or the general ones, each learner with their average.',
    input: z.object({ groupId: id, periodId: id, subjectId: id.optional() }).strict(),
    output: appreciationListSchema,
    access: ALL_ROLES,
  }),
  'appreciations.save': method({
    summary:
      'Writes a learner’s appreciation of a subject (its trainer or a manager) or the general one (managers); empty text deletes it; a stale `expectedUpdatedAt` (null: read empty) is a CONFLICT.',
    input: z
      .object({
        learnerId: id,
        periodId: id,
        subjectId: id.nullable(),
        text: appreciationText,
        ...expectedCellVersion,
      })
      .strict(),
    output: savedAppreciationSchema,
    access: writers,
  }),
  'appreciations.history': method({
    summary: 'Every change to a learner’s appreciations of a period, newest first.',
    input: z.object({ learnerId: id, periodId: id }).strict(),
    output: z.array(appreciationHistoryEntrySchema),
    access: ALL_ROLES,
  }),
  'phrases.list': method({
    summary: 'The caller’s own bank of phrases, alphabetically.',
    input: none,
    output: z.array(phraseSchema),
    access: writers,
  }),
  'phrases.add': method({
    summary: 'Adds a phrase to the caller’s bank.',
    input: z
      .object({
        text: z
          .string()
          .max(APPRECIATION_HARD_MAX)
          .transform((v) => v.normalize('NFC').trim())
          .pipe(z.string().min(1)),
      })
      .strict(),
    output: phraseSchema,
    access: writers,
  }),
  'phrases.delete': method({
    summary: 'Removes one of the caller’s own phrases.',
    input: byId,
    output: z.object({}),
    access: writers,
  }),
};
