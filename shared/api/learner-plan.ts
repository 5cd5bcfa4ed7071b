import { z } from 'zod';
import { id, isoDate, optionalText } from './fields';
import { ACCESS_ROUTES } from './learners';
import { method } from './method';
import { PLACES, ZONES } from './planning';
import { ALL_ROLES } from './roles';

/** At most this many internship periods per learner: 16 weeks rarely come in more than a few. */
export const MAX_INTERNSHIP_PERIODS = 20;
/** The reduced internship length a learner may be granted, in weeks (16 = no reduction). */
export const REDUCED_WEEKS_MIN = 9;
export const REDUCED_WEEKS_MAX = 16;

const dayEdit = z
  .object({
    date: isoDate,
    /** 'group' removes the learner's own day: they follow their group's rhythm again. */
    place: z.enum([...PLACES, 'group']),
  })
  .strict();

const internshipPeriodInput = z.object({ start: isoDate, end: isoDate, note: optionalText(200) }).strict();

export const learnerPlanSchema = z.object({
  learnerId: id,
  learnerName: z.string(),
  accessRoute: z.enum(ACCESS_ROUTES),
  /** null when the learner belongs to no cohort: nothing to plan yet. */
  cohort: z
    .object({
      id,
      name: z.string(),
      start: z.string(),
      end: z.string(),
      archived: z.boolean(),
      holidayZone: z.enum(ZONES),
      alsaceMoselle: z.boolean(),
    })
    .nullable(),
  /** The learner's groups over time, oldest first; `end` is the day they left (not spent in it). */
  groups: z.array(
    z.object({ groupId: id, groupName: z.string(), start: z.string(), end: z.string().nullable() }),
  ),
  /** Company days of the group the learner was in on each date, within the cohort. */
  companyDays: z.array(z.string()),
  /** The learner's own days, where they are not where their group is. */
  overrides: z.array(z.object({ date: z.string(), place: z.enum(PLACES) })),
  internship: z.object({
    /** Statut scolaire (formation initiale alternée): the 16-week rule is checked. */
    applies: z.boolean(),
    periods: z.array(z.object({ start: z.string(), end: z.string(), note: z.string().nullable() })),
    reducedWeeks: z.number().int().nullable(),
    requiredWeeks: z.number(),
    totalWeeks: z.number(),
    longestWeeks: z.number(),
    /** French warnings when the plan breaks the rule; saved anyway. Empty when it complies. */
    issues: z.array(z.string()),
  }),
  hours: z.object({
    /** Hours of the learner's groups' sessions on the days the learner is in centre (FEST excluded). */
    centreHours: z.number(),
    /** Hours of those sessions falling on days the learner is in company. */
    missedHours: z.number(),
  }),
  /** Apprenticeship and professionalisation only; null for other routes. */
  contract: z
    .object({
      start: z.string().nullable(),
      end: z.string().nullable(),
      /** Working hours of the contract (assumed 1 607 h a year, prorated on calendar days). */
      hours: z.number().nullable(),
      /** Planned centre hours falling within the contract's dates. */
      centreHours: z.number().nullable(),
      /** What the contract hours rest on, in French. */
      note: z.string(),
      /** null when the contract's dates are missing (`missing` says so). */
      minimum: z
        .object({
          ok: z.boolean(),
          share: z.number(),
          requiredHours: z.number(),
          message: z.string().nullable(),
        })
        .nullable(),
      missing: z.string().nullable(),
    })
    .nullable(),
});
export type LearnerPlan = z.infer<typeof learnerPlanSchema>;

const planners = ['admin', 'manager'] as const;

export const learnerPlanApi = {
  'learnerPlan.get': method({
    summary:
      'A learner’s own plan over their cohort’s dates: groups over time, their groups’ company days, the learner’s own days, internship periods with the 16-week rule’s warnings, planned centre hours and, under a work contract, the 25 % minimum.',
    input: z.object({ learnerId: id }).strict(),
    output: learnerPlanSchema,
    access: ALL_ROLES,
  }),
  'learnerPlan.setDays': method({
    summary:
      'Sets a learner’s own days one by one (centre, company, or back to the group’s rhythm), within the cohort’s dates; returns the updated plan.',
    input: z.object({ learnerId: id, days: z.array(dayEdit).min(1).max(400) }).strict(),
    output: learnerPlanSchema,
    access: planners,
  }),
  'learnerPlan.saveInternships': method({
    summary:
      'Replaces a learner’s internship periods and reduced length; a plan breaking the 16-week rule is saved and returned with its warnings.',
    input: z
      .object({
        learnerId: id,
        periods: z.array(internshipPeriodInput).max(MAX_INTERNSHIP_PERIODS),
        reducedWeeks: z
          .number()
          .int()
          .min(REDUCED_WEEKS_MIN)
          .max(REDUCED_WEEKS_MAX)
          .nullish()
          .transform((v) => v ?? null),
      })
      .strict(),
    output: learnerPlanSchema,
    access: planners,
  }),
};
