import { z } from 'zod';
import { fileDownload, fileUpload, id, isoDate, optionalText } from './fields';
import { method } from './method';
import { MODALITIES, SLOT_NAMES } from './planning';
import { ALL_ROLES } from './roles';

/**
 * Attendance (émargement): one sheet per planned session (half-day), one line per learner of the
 * group on that date, signed by each learner and by the trainer. Domain rules: domain-rules.md
 * "Attendance"; hours computed in shared/domain/attendance.
 */

/** At the roll call: there or not. Late arrival and early leave are minutes on a presence. */
export const PRESENCES = ['present', 'absent'] as const;
/** An absence's follow-up: awaiting a reason, justified (excused), or not justified. */
export const JUSTIFICATIONS = ['pending', 'justified', 'unjustified'] as const;
/** Why a learner was excused; "other" asks for the free text. */
export const EXCUSE_REASONS = [
  'illness',
  'family',
  'transport',
  'exam',
  'employer',
  'administrative',
  'other',
] as const;
export const SHEET_MODES = ['screen', 'paper'] as const;
export const SHEET_STATUSES = ['open', 'closed'] as const;

const presence = z.enum(PRESENCES);
const justification = z.enum(JUSTIFICATIONS);
const minutes = z.number().int().min(0).max(240);
/** A drawn signature: a PNG from the signature pad, base64 without the data-URL prefix. */
const signaturePng = z
  .string()
  .min(100)
  .max(400_000)
  .regex(/^[A-Za-z0-9+/]+=*$/);

const sessionSummarySchema = z.object({
  sessionId: id,
  date: z.string(),
  slot: z.enum(SLOT_NAMES),
  start: z.string(),
  end: z.string(),
  hours: z.number(),
  groupId: id,
  groupName: z.string(),
  cohortName: z.string(),
  subjectName: z.string(),
  trainerId: z.number().nullable(),
  trainerName: z.string().nullable(),
  roomName: z.string().nullable(),
  modality: z.enum(MODALITIES),
  /** No sheet yet is "open" with nothing recorded. */
  status: z.enum(SHEET_STATUSES),
  mode: z.enum(SHEET_MODES).nullable(),
  recorded: z.number().int(),
  learners: z.number().int(),
  absent: z.number().int(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const attendanceLineSchema = z.object({
  learnerId: id,
  surname: z.string(),
  firstName: z.string(),
  /** Null until recorded. */
  presence: presence.nullable(),
  lateMinutes: z.number().int(),
  leftEarlyMinutes: z.number().int(),
  justification: justification.nullable(),
  excuseReason: z.enum(EXCUSE_REASONS).nullable(),
  excuseNote: z.string().nullable(),
  excuseDocumentName: z.string().nullable(),
  employerNotifiedOn: z.string().nullable(),
  /** The learner's signature as a PNG (base64), with when it was drawn. */
  signaturePng: z.string().nullable(),
  signedAt: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string().nullable(),
  /** Hours this line counts (shared/domain/attendance/hours.ts). */
  hoursAttended: z.number(),
});
export type AttendanceLine = z.infer<typeof attendanceLineSchema>;

export const sheetSchema = z.object({
  session: sessionSummarySchema,
  /** The action's title, as the sheet prints it: the programme's and the cohort's names. */
  actionTitle: z.string(),
  lines: z.array(attendanceLineSchema),
  trainerSignaturePng: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  scanName: z.string().nullable(),
  /** Each reopening with its reason, oldest first. */
  reopenings: z.array(z.object({ at: z.string(), by: z.string(), reason: z.string() })),
  /** Whether the caller may record now, and if not, why (in French): too early, closed, not theirs. */
  canRecord: z.boolean(),
  cannotRecordReason: z.string().nullable(),
  canReopen: z.boolean(),
});
export type AttendanceSheet = z.infer<typeof sheetSchema>;

const entrySchema = z
  .object({
    learnerId: id,
    presence,
    lateMinutes: minutes.default(0),
    leftEarlyMinutes: minutes.default(0),
    /**
     * For an absence known at the roll call to be excused ("Excusé"): true excuses it, false
     * takes an excuse back (the absence awaits its reason again), absent keeps what was decided.
     */
    excused: z.boolean().optional(),
    excuseReason: z
      .enum(EXCUSE_REASONS)
      .nullish()
      .transform((v) => v ?? null),
    excuseNote: optionalText(300),
  })
  .strict();

const absenceSchema = z.object({
  sessionId: id,
  learnerId: id,
  learnerName: z.string(),
  groupName: z.string(),
  date: z.string(),
  slot: z.enum(SLOT_NAMES),
  subjectName: z.string(),
  /** Hours missed: the half-day for an absence, the minutes for a late arrival or early leave. */
  hoursMissed: z.number(),
  kind: z.enum(['absence', 'late', 'left_early']),
  justification,
  excuseReason: z.enum(EXCUSE_REASONS).nullable(),
  excuseNote: z.string().nullable(),
  excuseDocumentName: z.string().nullable(),
  employerNotifiedOn: z.string().nullable(),
});
export type Absence = z.infer<typeof absenceSchema>;

const hoursSchema = z.object({
  scheduled: z.number(),
  attended: z.number(),
  excused: z.number(),
  missed: z.number(),
});
export type HoursRealised = z.infer<typeof hoursSchema>;

const alertSchema = z.object({
  learnerId: id,
  learnerName: z.string(),
  groupName: z.string(),
  /** French: "12 % d’heures non justifiées (seuil 10 %)". */
  reason: z.string(),
});

const period = { from: isoDate.optional(), to: isoDate.optional() };
const writers = ['admin', 'manager', 'trainer'] as const;
const managers = ['admin', 'manager'] as const;

export const attendanceApi = {
  'attendance.sessions': method({
    summary:
      'The sessions of a day (default today) with their sheet’s state; a trainer sees their own, a manager or adviser every group’s.',
    input: z.object({ date: isoDate.optional(), trainerId: id.optional() }).strict(),
    output: z.array(sessionSummarySchema),
    access: ALL_ROLES,
  }),
  'attendance.pending': method({
    summary:
      'Sheets not closed 24 h after their session ended (“feuilles en attente”), latest first; a trainer sees their own.',
    input: z.object({}).strict(),
    output: z.array(sessionSummarySchema),
    access: ALL_ROLES,
  }),
  'attendance.sheet': method({
    summary:
      'A session’s attendance sheet: the group’s learners on that date with what was recorded, signatures and history.',
    input: z.object({ sessionId: id }).strict(),
    output: sheetSchema,
    access: ALL_ROLES,
  }),
  'attendance.record': method({
    summary:
      'Records presences, absences, late arrivals and early leaves of some learners; refused before the session starts, on a closed sheet, or by a trainer for another’s session.',
    input: z.object({ sessionId: id, entries: z.array(entrySchema).min(1).max(40) }).strict(),
    output: sheetSchema,
    access: writers,
  }),
  'attendance.signLearner': method({
    summary: 'Stores a present learner’s on-screen signature with its time.',
    input: z.object({ sessionId: id, learnerId: id, signaturePng }).strict(),
    output: sheetSchema,
    access: writers,
  }),
  'attendance.close': method({
    summary:
      'The trainer signs and closes the sheet: on screen (every present learner signed, the trainer’s signature drawn) or on paper (the scan attached when available).',
    input: z
      .object({
        sessionId: id,
        mode: z.enum(SHEET_MODES),
        trainerSignaturePng: signaturePng.optional(),
        scan: fileUpload.optional(),
      })
      .strict(),
    output: sheetSchema,
    access: writers,
  }),
  'attendance.reopen': method({
    summary: 'Reopens a closed sheet; the reason is kept and shown on the sheet.',
    input: z.object({ sessionId: id, reason: z.string().trim().min(5).max(300) }).strict(),
    output: sheetSchema,
    access: managers,
  }),
  'attendance.attachScan': method({
    summary: 'Attaches the scan of a paper sheet (PDF or image).',
    input: z.object({ sessionId: id, scan: fileUpload }).strict(),
    output: sheetSchema,
    access: writers,
  }),
  'attendance.scan': method({
    summary: 'The attached scan of a paper sheet.',
    input: z.object({ sessionId: id }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
  'attendance.printSheet': method({
    summary:
      'The sheet as a PDF (one A4 page per half-day, a signature box per learner and for the trainer): empty for paper, filled once recorded.',
    input: z.object({ sessionId: id }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
  'absences.list': method({
    summary:
      'Absences, late arrivals and early leaves of a learner or a group over a period, with their follow-up.',
    input: z
      .object({
        learnerId: id.optional(),
        groupId: id.optional(),
        justification: justification.optional(),
        ...period,
      })
      .strict(),
    output: z.array(absenceSchema),
    access: ALL_ROLES,
  }),
  'absences.update': method({
    summary:
      'Follows up an absence: justified or not, reason, note, the document that justifies it, the day the employer was told.',
    input: z
      .object({
        sessionId: id,
        learnerId: id,
        justification,
        excuseReason: z
          .enum(EXCUSE_REASONS)
          .nullish()
          .transform((v) => v ?? null),
        excuseNote: optionalText(300),
        employerNotifiedOn: isoDate.nullish().transform((v) => v ?? null),
        /** A new document replaces the old one; null removes it; absent keeps it. */
        document: fileUpload.nullable().optional(),
      })
      .strict(),
    output: absenceSchema,
    access: managers,
  }),
  'absences.document': method({
    summary: 'The document attached to an absence.',
    input: z.object({ sessionId: id, learnerId: id }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
  'absences.employerMessage': method({
    summary:
      'The message that tells an apprentice’s employer about their absences over a period (subject and text to copy into an e-mail).',
    input: z.object({ learnerId: id, ...period }).strict(),
    output: z.object({ to: z.string().nullable(), subject: z.string(), body: z.string() }),
    access: managers,
  }),
  'attendance.hours': method({
    summary:
      'Hours realised per learner (attended, excused, missed, out of scheduled) in total and per subject over a period: of one learner, or of every learner of a group.',
    input: z.object({ learnerId: id.optional(), groupId: id.optional(), ...period }).strict(),
    output: z.array(
      z.object({
        learnerId: id,
        learnerName: z.string(),
        total: hoursSchema,
        subjects: z.array(hoursSchema.extend({ subjectId: id, subjectName: z.string() })),
      }),
    ),
    access: ALL_ROLES,
  }),
  'attendance.stats': method({
    summary:
      'Absence rates over a period (hours missed ÷ hours scheduled): per learner, per group, per subject and per month.',
    input: z.object({ groupId: id.optional(), cohortId: id.optional(), ...period }).strict(),
    output: z.object({
      byLearner: z.array(
        z.object({
          learnerId: id,
          name: z.string(),
          groupName: z.string(),
          ...hoursSchema.shape,
          rate: z.number(),
        }),
      ),
      byGroup: z.array(z.object({ groupId: id, name: z.string(), ...hoursSchema.shape, rate: z.number() })),
      bySubject: z.array(
        z.object({ subjectId: id, name: z.string(), ...hoursSchema.shape, rate: z.number() }),
      ),
      byMonth: z.array(z.object({ month: z.string(), ...hoursSchema.shape, rate: z.number() })),
    }),
    access: ALL_ROLES,
  }),
  'attendance.exportStats': method({
    summary: 'The absence statistics as an XLSX workbook (a sheet per breakdown).',
    input: z.object({ groupId: id.optional(), cohortId: id.optional(), ...period }).strict(),
    output: fileDownload,
    access: ALL_ROLES,
  }),
  'attendance.alerts': method({
    summary:
      'Learners over the absence thresholds (settings): share of unjustified hours, unjustified half-days in a month.',
    input: z.object({}).strict(),
    output: z.array(alertSchema),
    access: ALL_ROLES,
  }),
};
