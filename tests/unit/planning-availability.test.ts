import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outsideAvailability, roomTooSmall, slotOccupancy } from '../../shared/domain/planning/availability';
import { heldRoom } from '../../shared/domain/planning/conflicts';
import type { SlotSession } from '../../shared/domain/planning';
import { check, kinds, other } from './planning-fixtures';

describe('slotOccupancy', () => {
  it('finds the session holding a group, a trainer and a room', () => {
    const taken = slotOccupancy([other], null);
    expect(taken.group(2)).toBe(other);
    expect(taken.trainer(8)).toBe(other);
    expect(taken.room(12)).toBe(other);
    expect([taken.group(1), taken.trainer(7), taken.room(15)]).toEqual([null, null, null]);
  });

  it('leaves out the session being edited', () => {
    const taken = slotOccupancy([other], other.id);
    expect([taken.group(2), taken.trainer(8), taken.room(12)]).toEqual([null, null, null]);
  });

  it('lets a FOAD or FEST session hold its trainer but no room', () => {
    for (const modality of ['distance', 'work'] as const) {
      const taken = slotOccupancy([{ ...other, modality }], null);
      expect(taken.room(12)).toBeNull();
      expect(taken.trainer(8)).not.toBeNull();
    }
    expect(heldRoom({ roomId: 12 })).toBe(12);
    expect(heldRoom({ roomId: 12, modality: 'onsite' })).toBe(12);
  });

  it('agrees with checkSession: shown busy exactly when the save would refuse for it', () => {
    const session = fc.record({
      id: fc.integer({ min: 1, max: 6 }),
      groupId: fc.integer({ min: 1, max: 3 }),
      trainerId: fc.option(fc.integer({ min: 1, max: 3 })),
      roomId: fc.option(fc.integer({ min: 1, max: 3 })),
      modality: fc.constantFrom('onsite' as const, 'distance' as const, 'work' as const),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(session, { selector: (s) => s.id, maxLength: 5 }),
        fc.option(fc.integer({ min: 1, max: 6 })),
        fc.integer({ min: 1, max: 3 }),
        (drawn, excludeId, who) => {
          const sessions: SlotSession[] = drawn.map((s) => ({ ...other, ...s }));
          const taken = slotOccupancy(sessions, excludeId);
          const refusal = check(
            { ...(excludeId === null ? {} : { id: excludeId }), groupId: who, trainerId: who, roomId: who },
            { sameSlotSessions: sessions },
          ).errors;
          expect(taken.group(who) !== null).toBe(kinds(refusal).includes('group-busy'));
          expect(taken.trainer(who) !== null).toBe(kinds(refusal).includes('trainer-busy'));
          expect(taken.room(who) !== null).toBe(kinds(refusal).includes('room-busy'));
        },
      ),
    );
  });
});

describe('roomTooSmall and outsideAvailability', () => {
  it('refuses a room only below the group’s size', () => {
    expect(roomTooSmall(11, 12)).toBe(true);
    expect(roomTooSmall(12, 12)).toBe(false);
    expect(kinds(check({}, { roomCapacity: 11, groupSize: 12 }).errors)).toContain('room-too-small');
    expect(kinds(check({}, { roomCapacity: 12, groupSize: 12 }).errors)).not.toContain('room-too-small');
  });

  it('never marks unavailable a trainer who declared nothing', () => {
    expect(outsideAvailability(false, false)).toBe(false);
    expect(outsideAvailability(true, true)).toBe(false);
    expect(outsideAvailability(true, false)).toBe(true);
  });
});
