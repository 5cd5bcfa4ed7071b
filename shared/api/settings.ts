import { z } from 'zod';
import { DISPLAY_ROUNDINGS } from '../domain/marks/rounding';
import { settingsFr } from '../i18n/fr/settings';
import { method } from './method';
import { ALL_ROLES } from './roles';

export const REPORT_CARD_ROWS = ['subjects', 'units'] as const;
/**
 * The result of the evaluation of learning an attestation states: the BTS decision (recorded,
 * else the simulator's, said to be provisional), the units and blocs acquired, the general
 * average over the training.
 */
export const ATTESTATION_RESULTS = ['decision', 'units', 'average'] as const;

/** Centre-wide settings; each has a default so a new database works without any. */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: settingsFr.timeFormat });
const slotTimes = z.object({ start: time, end: time }).strict();

export const settingsSchema = z.object({
  sessionTimeoutHours: z
    .number()
    .int()
    .min(1, { error: settingsFr.sessionTimeoutHelp })
    .max(72, { error: settingsFr.sessionTimeoutHelp }),
  /** The centre's half-days and evening slot (domain rules: 8:15–12:00, 13:00–16:45, 17:00–19:00). */
  slots: z.object({ morning: slotTimes, afternoon: slotTimes, evening: slotTimes }).strict(),
  /** When a learner's absences raise an alert on the dashboard. */
  attendanceAlerts: z
    .object({
      /** Share of scheduled hours missed without justification, e.g. 0.1 for 10 %. */
      unjustifiedShareMax: z.number().min(0.01).max(1),
      /** Unjustified absent half-days within one calendar month. */
      unjustifiedHalfDaysPerMonth: z.number().int().min(1).max(40),
    })
    .strict(),
  /** Where backups go (null: `sauvegardes` in the data folder) and how many automatic ones are kept. */
  backups: z
    .object({
      folder: z
        .string()
        .trim()
        .max(500)
        .nullable()
        .transform((v) => (v ? v : null)),
      keepDaily: z.number().int().min(1).max(60),
      keepWeekly: z.number().int().min(0).max(52),
    })
    .strict(),
  /** How marks are counted and shown (domain-rules.md, Marks and averages). */
  marks: z
    .object({
      /** ABS (unjustified absence) counts as 0; otherwise it is neutralised like ABJ. */
      absCountsAsZero: z.boolean(),
      /** Display only: decisions use exact values. */
      displayRounding: z.enum(DISPLAY_ROUNDINGS),
      showRank: z.boolean(),
      appreciationMaxLength: z.number().int().min(100).max(2000),
    })
    .strict(),
  /** How documents are worded (issue 7). */
  documents: z
    .object({
      /** Report card rows: the programme's subjects in order, or its exam units. */
      reportCardRows: z.enum(REPORT_CARD_ROWS),
      /** What the attestation says of the evaluation of learning, in this order. */
      attestationResults: z.array(z.enum(ATTESTATION_RESULTS)).max(ATTESTATION_RESULTS.length),
      /** A sentence of the centre's own printed under the result (may be empty). */
      attestationNote: z.string().trim().max(600),
    })
    .strict(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  sessionTimeoutHours: 8,
  slots: {
    morning: { start: '08:15', end: '12:00' },
    afternoon: { start: '13:00', end: '16:45' },
    evening: { start: '17:00', end: '19:00' },
  },
  attendanceAlerts: { unjustifiedShareMax: 0.1, unjustifiedHalfDaysPerMonth: 3 },
  backups: { folder: null, keepDaily: 7, keepWeekly: 4 },
  marks: { absCountsAsZero: true, displayRounding: 'hundredth', showRank: false, appreciationMaxLength: 400 },
  documents: { reportCardRows: 'subjects', attestationResults: ['decision', 'units'], attestationNote: '' },
};

const systemInfoSchema = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string().nullable(),
});

export const settingsApi = {
  'settings.get': method({
    summary: 'The centre’s settings.',
    input: z.object({}).strict(),
    output: settingsSchema,
    access: ALL_ROLES,
  }),
  'settings.update': method({
    summary: 'Changes some of the centre’s settings.',
    input: settingsSchema.partial().strict(),
    output: settingsSchema,
    access: ['admin'],
  }),
  'system.info': method({
    summary: 'Version of the application and of the database schema, and where data is kept.',
    input: z.object({}).strict(),
    output: systemInfoSchema,
    access: ALL_ROLES,
  }),
};
