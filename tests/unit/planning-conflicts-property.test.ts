import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSession,
  type SessionCandidate,
  type SessionContext,
  type SlotSession,
} from '../../shared/domain/planning';

const slot = fc.constantFrom('morning' as const, 'afternoon' as const, 'evening' as const);
const modality = fc.constantFrom('onsite' as const, 'distance' as const, 'work' as const);
const date = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const name = fc.string({ minLength: 1, maxLength: 12 });
const hours = fc.integer({ min: 0, max: 2000 }).map((quarters) => quarters / 4);

/** Candidates use ids 1–50; "free" neighbours use 51–100, so they can never share anything. */
const candidateArb = (id: fc.Arbitrary<number | undefined>) =>
  fc.record({
    id,
    date,
    slot,
    groupId: fc.integer({ min: 1, max: 50 }),
    groupName: name,
    subjectId: fc.integer({ min: 1, max: 50 }),
    subjectName: name,
    trainerId: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
    trainerName: fc.option(name, { nil: null }),
    roomId: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
    roomName: fc.option(name, { nil: null }),
    modality,
  }) satisfies fc.Arbitrary<SessionCandidate>;

const slotSessionArb = (ids: { min: number; max: number }): fc.Arbitrary<SlotSession> =>
  fc.record(
    {
      id: fc.integer(ids),
      groupId: fc.integer(ids),
      groupName: name,
      trainerId: fc.option(fc.integer(ids), { nil: null }),
      trainerName: fc.option(name, { nil: null }),
      roomId: fc.option(fc.integer(ids), { nil: null }),
      roomName: fc.option(name, { nil: null }),
      subjectName: name,
      modality,
    },
    {
      requiredKeys: [
        'id',
        'groupId',
        'groupName',
        'trainerId',
        'trainerName',
        'roomId',
        'roomName',
        'subjectName',
      ],
    },
  );

const contextArb = (sessions: fc.Arbitrary<SlotSession[]>): fc.Arbitrary<SessionContext> =>
  fc.record({
    sameSlotSessions: sessions,
    groupSize: fc.integer({ min: 0, max: 30 }),
    roomCapacity: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    companyDay: fc.boolean(),
    publicHoliday: fc.option(name, { nil: null }),
    schoolHoliday: fc.option(name, { nil: null }),
    trainerSubjectIds: fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 5 }),
    trainerAvailable: fc.option(fc.boolean(), { nil: null }),
    subjectPlannedHours: hours,
    subjectTargetHours: hours,
    sessionHours: fc.constantFrom(3.75, 2, 1.5),
  });

/** The stored version of a candidate, as the handler would load it back from the database. */
const stored = (c: SessionCandidate, id: number): SlotSession => ({
  id,
  groupId: c.groupId,
  groupName: c.groupName,
  trainerId: c.trainerId,
  trainerName: c.trainerName,
  roomId: c.roomId,
  roomName: c.roomName,
  subjectName: c.subjectName,
  modality: c.modality,
});

describe('checkSession — properties', () => {
  it('never makes a session conflict with itself: its stored copy changes nothing', () => {
    fc.assert(
      fc.property(
        candidateArb(fc.integer({ min: 1, max: 1000 })),
        contextArb(fc.array(slotSessionArb({ min: 1001, max: 1100 }), { maxLength: 4 })),
        fc.nat(4),
        (candidate, context, at) => {
          const sessions = [...context.sameSlotSessions];
          sessions.splice(at, 0, stored(candidate, candidate.id!));
          expect(checkSession(candidate, { ...context, sameSlotSessions: sessions })).toEqual(
            checkSession(candidate, context),
          );
        },
      ),
    );
  });

  it('has no error when the context is all clear, for any modality', () => {
    fc.assert(
      fc.property(
        candidateArb(fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined })),
        contextArb(fc.array(slotSessionArb({ min: 51, max: 100 }), { maxLength: 6 })),
        (candidate, context) => {
          const clear: SessionContext = {
            ...context,
            groupSize: Math.max(5, context.groupSize),
            roomCapacity: context.roomCapacity === null ? null : Math.max(30, context.roomCapacity),
            publicHoliday: null,
            // A company day is clear only for a session in work situation.
            companyDay: candidate.modality === 'work' && context.companyDay,
          };
          expect(checkSession(candidate, clear).errors).toEqual([]);
        },
      ),
    );
  });

  it('gives warnings that do not depend on the other sessions of the slot', () => {
    fc.assert(
      fc.property(
        candidateArb(fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined })),
        contextArb(fc.array(slotSessionArb({ min: 1, max: 50 }), { maxLength: 6 })),
        (candidate, context) => {
          const alone = checkSession(candidate, { ...context, sameSlotSessions: [] });
          expect(checkSession(candidate, context).warnings).toEqual(alone.warnings);
        },
      ),
    );
  });

  it('always explains itself: every issue has a non-empty French message', () => {
    fc.assert(
      fc.property(
        candidateArb(fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined })),
        contextArb(fc.array(slotSessionArb({ min: 1, max: 50 }), { maxLength: 6 })),
        (candidate, context) => {
          const { errors, warnings } = checkSession(candidate, context);
          for (const issue of [...errors, ...warnings]) expect(issue.message.trim()).not.toBe('');
        },
      ),
    );
  });
});
