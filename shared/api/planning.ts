import { z } from 'zod';
import { expectedVersion, fileDownload, fileUpload, id, isoDate, optionalText, versionToken } from './fields';
import { method } from './method';
import { ALL_ROLES } from './roles';
import { SLOTS } from './trainers';

/** The same slot names as trainers' availability, so a session and an availability match. */
export const SLOT_NAMES = SLOTS;
export const MODALITIES = ['onsite', 'distance', 'work'] as const;
export const PLACES = ['centre', 'company'] as const;
export const PLANNING_VIEWS = ['group', 'trainer', 'room'] as const;
/** A learner's calendar follows the groups they belonged to on each session's date. */
export const ICS_VIEWS = [...PLANNING_VIEWS, 'learner'] as const;
export const ZONES = ['A', 'B', 'C'] as const;
export const PRINT_PERIODS = ['week', 'month'] as const;

const slot = z.enum(SLOT_NAMES);
const issueSchema = z.object({ kind: z.string(), message: z.string() });

/** What a session is about; trainer and room are optional (FOAD has no room, FEST happens at work). */
export const sessionFields = {
  groupId: id,
  subjectId: id,
  trainerId: id.nullish().transform((v) => v ?? null),
  roomId: id.nullish().transform((v) => v ?? null),
  modality: z.enum(MODALITIES),
  note: optionalText(500),
};

export const sessionViewSchema = z.object({
  id,
  date: z.string(),
  slot,
  start: z.string(),
  end: z.string(),
  hours: z.number(),
  groupId: id,
  groupName: z.string(),
  cohortName: z.string(),
  subjectId: id,
  subjectName: z.string(),
  trainerId: z.number().nullable(),
  trainerName: z.string().nullable(),
  roomId: z.number().nullable(),
  roomName: z.string().nullable(),
  modality: z.enum(MODALITIES),
  note: z.string().nullable(),
  updatedAt: versionToken, // the version token: optimistic concurrency, see versions.ts
  /** Allowed, shown on the card: school holiday, trainer not listed for the subject… */
  warnings: z.array(issueSchema),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

const savedSchema = z.object({ session: sessionViewSchema, warnings: z.array(issueSchema) });

const dayInfoSchema = z.object({
  date: z.string(),
  publicHoliday: z.string().nullable(),
  schoolHoliday: z.string().nullable(),
  /** Group view only: where the group is that day. */
  place: z.enum(PLACES).nullable(),
});

export const weekSchema = z.object({
  weekStart: z.string(),
  days: z.array(dayInfoSchema),
  slots: z.array(z.object({ slot, start: z.string(), end: z.string(), hours: z.number() })),
  sessions: z.array(sessionViewSchema),
});
export type PlanningWeek = z.infer<typeof weekSchema>;

const batchResultSchema = z.object({
  created: z.array(
    z.object({ date: z.string(), slot, subjectName: z.string(), warnings: z.array(issueSchema) }),
  ),
  skipped: z.array(z.object({ date: z.string(), slot, reason: z.string() })),
  dryRun: z.boolean(),
});
export type BatchResult = z.infer<typeof batchResultSchema>;

const patternEntry = z
  .object({
    weekday: z.number().int().min(1).max(6),
    slot,
    subjectId: id,
    trainerId: id.nullish().transform((v) => v ?? null),
    roomId: id.nullish().transform((v) => v ?? null),
    modality: z.enum(MODALITIES),
  })
  .strict();

export const rhythmPatternSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('weeks'),
      centreWeeks: z.number().int().min(0).max(52),
      companyWeeks: z.number().int().min(0).max(52),
      startsWith: z.enum(PLACES),
      centreWeekdays: z.array(z.number().int().min(1).max(6)).max(6).optional(),
    })
    .strict(),
  z
    .object({ kind: z.literal('weekdays'), centreWeekdays: z.array(z.number().int().min(1).max(6)).max(6) })
    .strict(),
]);

export const ledgerSchema = z.object({
  groupId: id,
  rows: z.array(
    z.object({
      subjectId: id,
      subjectName: z.string(),
      targetHours: z.number(),
      plannedHours: z.number(),
      deliveredHours: z.number(),
      remainingToPlan: z.number(),
      remainingToDeliver: z.number(),
      overPlanned: z.number(),
      drift: z.enum(['over', 'behind', 'ok']),
    }),
  ),
  totals: z.object({
    programmeHours: z.number(),
    targetHours: z.number(),
    plannedHours: z.number(),
    deliveredHours: z.number(),
  }),
});
export type Ledger = z.infer<typeof ledgerSchema>;

const planners = ['admin', 'manager'] as const;

export const planningApi = {
  'planning.week': method({
    summary:
      'A week (Monday to Saturday) of one group, trainer or room: days with holidays and rhythm, slots, sessions.',
    input: z.object({ view: z.enum(PLANNING_VIEWS), id, weekStart: isoDate }).strict(),
    output: weekSchema,
    access: ALL_ROLES,
  }),
  'planning.month': method({
    summary:
      'A month overview of one group, trainer or room: every session of the month and each day’s facts.',
    input: z
      .object({ view: z.enum(PLANNING_VIEWS), id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) })
      .strict(),
    output: z.object({
      month: z.string(),
      days: z.array(dayInfoSchema),
      sessions: z.array(sessionViewSchema),
    }),
    access: ALL_ROLES,
  }),
  'planning.exportIcs': method({
    summary:
      'The planning of one group, trainer, room or learner as an iCalendar (.ics) file; each session keeps its UID from one export to the next, so re-importing updates events. Default period: the cohort’s for a group or learner, one month back to twelve ahead otherwise.',
    input: z
      .object({ view: z.enum(ICS_VIEWS), id, from: isoDate.optional(), to: isoDate.optional() })
      .strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
  'planning.exportPdf': method({
    summary:
      'The planning of one group, trainer, room or learner for the week or the month holding a date, as an A4 landscape PDF.',
    input: z.object({ view: z.enum(ICS_VIEWS), id, period: z.enum(PRINT_PERIODS), date: isoDate }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
  'sessions.create': method({
    summary: 'Plans a session on a half-day; refused on any conflict (the message names the other session).',
    input: z.object({ ...sessionFields, date: isoDate, slot }).strict(),
    output: savedSchema,
    access: planners,
  }),
  'sessions.update': method({
    summary: 'Changes a session, checked as a new one; a stale `expectedUpdatedAt` is a CONFLICT.',
    input: z.object({ id, ...sessionFields, date: isoDate, slot, ...expectedVersion }).strict(),
    output: savedSchema,
    access: planners,
  }),
  'sessions.move': method({
    summary: 'Moves a session to another half-day (drag and drop, keyboard); refused on a conflict there.',
    input: z.object({ id, date: isoDate, slot, ...expectedVersion }).strict(),
    output: savedSchema,
    access: planners,
  }),
  'sessions.duplicate': method({
    summary: 'Copies a session to another half-day of the same group.',
    input: z.object({ id, date: isoDate, slot }).strict(),
    output: savedSchema,
    access: planners,
  }),
  'sessions.delete': method({
    summary: 'Deletes a planned session; refused once attendance refers to it.',
    input: z.object({ id, ...expectedVersion }).strict(),
    output: z.object({}),
    access: planners,
  }),
  'planning.copyWeek': method({
    summary:
      'Copies a group’s week onto following weeks; with dryRun, only says what would be created or skipped and why.',
    input: z
      .object({
        groupId: id,
        fromWeek: isoDate,
        toWeeks: z.array(isoDate).min(1).max(60),
        dryRun: z.boolean(),
      })
      .strict(),
    output: batchResultSchema,
    access: planners,
  }),
  'planning.applyPattern': method({
    summary:
      'Applies a weekly pattern over a period for a group in one action; with dryRun, a preview of what is created or skipped and why.',
    input: z
      .object({
        groupId: id,
        from: isoDate,
        to: isoDate,
        entries: z.array(patternEntry).min(1).max(18),
        dryRun: z.boolean(),
      })
      .strict(),
    output: batchResultSchema,
    access: planners,
  }),
  'planning.ledger': method({
    summary:
      'Hours ledger of a group: per subject target, planned, delivered, remaining and drift; totals against the programme.',
    input: z.object({ groupId: id, today: isoDate.optional() }).strict(),
    output: ledgerSchema,
    access: ALL_ROLES,
  }),
  'rhythm.get': method({
    summary:
      'A group’s alternance rhythm over its cohort’s dates: the pattern it came from and every company day.',
    input: z.object({ groupId: id }).strict(),
    output: z.object({
      groupId: id,
      start: z.string(),
      end: z.string(),
      pattern: rhythmPatternSchema.nullable(),
      companyDays: z.array(z.string()),
      centreHours: z.number(),
    }),
    access: ALL_ROLES,
  }),
  'rhythm.generate': method({
    summary:
      'Replaces a group’s rhythm by one generated from a pattern over the cohort’s dates; sessions planned on new company days are listed, not deleted.',
    input: z.object({ groupId: id, pattern: rhythmPatternSchema }).strict(),
    output: z.object({ companyDays: z.number().int(), sessionsOnCompanyDays: z.array(z.string()) }),
    access: planners,
  }),
  'rhythm.setDays': method({
    summary: 'Edits a group’s rhythm day by day.',
    input: z
      .object({
        groupId: id,
        days: z
          .array(z.object({ date: isoDate, place: z.enum(PLACES) }).strict())
          .min(1)
          .max(400),
      })
      .strict(),
    output: z.object({ companyDays: z.number().int() }),
    access: planners,
  }),
  'schoolHolidays.list': method({
    summary:
      'School holiday periods imported for a zone (as published: last day of classes, day classes resume).',
    input: z.object({ zone: z.enum(ZONES).optional() }).strict(),
    output: z.array(
      z.object({
        id,
        zone: z.enum(ZONES),
        name: z.string(),
        start: z.string(),
        end: z.string(),
        source: z.string().nullable(),
      }),
    ),
    access: ALL_ROLES,
  }),
  'schoolHolidays.import': method({
    summary:
      'Imports the official school calendar ICS file of a zone, picked on disk; replaces the periods it covers.',
    input: z.object({ zone: z.enum(ZONES), file: fileUpload }).strict(),
    output: z.object({
      imported: z.number().int(),
      replaced: z.number().int(),
      from: z.string(),
      to: z.string(),
    }),
    access: planners,
  }),
};
