import { z } from 'zod';
import { id, isoDate } from './fields';
import { method } from './method';
import { SLOTS } from './trainers';

const planners = ['admin', 'manager'] as const;

/** "G1 — Relation client et négociation-vente": the session holding someone on that half-day. */
const busy = z.string().nullable();

export const slotAvailabilitySchema = z.object({
  date: z.string(),
  slot: z.enum(SLOTS),
  groupName: z.string(),
  /** The group's current learners, as the conflict check counts them. */
  groupSize: z.number().int(),
  /** The group's own session on that half-day ("subject — trainer"), the edited one left out. */
  groupBusy: busy,
  /** Name of the public holiday that day: no session at all. */
  publicHoliday: z.string().nullable(),
  /** The group is in the company that day: only a work-situation (FEST) session is allowed. */
  companyDay: z.boolean(),
  /** Name of the school holiday period covering the day: a warning, not a refusal. */
  schoolHoliday: z.string().nullable(),
  /** Why no session can be planned on that date at all (a Sunday, outside the cohort), else null. */
  dateProblem: z.string().nullable(),
  trainers: z.array(
    z.object({
      id,
      name: z.string(),
      busy,
      /** Outside the weekly availability the trainer declared (never true when none is declared). */
      unavailable: z.boolean(),
      /** Teaches the subject asked about (false when none was). */
      qualified: z.boolean(),
    }),
  ),
  rooms: z.array(
    z.object({
      id,
      name: z.string(),
      capacity: z.number().int(),
      /** Held by an on-site session: FOAD and FEST sessions hold no room. */
      busy,
      tooSmall: z.boolean(),
    }),
  ),
});
export type Availability = z.infer<typeof slotAvailabilitySchema>;

export const availabilityApi = {
  'planning.availability': method({
    summary:
      'Who and what is free on a half-day for a group: each trainer (busy with which session, outside their declared availability, qualified for the subject) and each room (busy, too small for the group), with the group’s own session and the day’s facts that refuse any session (public holiday, company day).',
    input: z
      .object({
        date: isoDate,
        slot: z.enum(SLOTS),
        groupId: id,
        subjectId: id.optional(),
        /** The session being edited: it does not make its own trainer, room or group busy. */
        excludeSessionId: id.optional(),
      })
      .strict(),
    output: slotAvailabilitySchema,
    access: planners,
  }),
};
