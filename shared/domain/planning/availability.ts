import { heldRoom, type SlotSession } from './conflicts';

/**
 * Who is already taken on one half-day, read from that half-day's sessions with the same rules
 * as checkSession (./conflicts.ts), so a choice shown free is never refused on save for being
 * taken, and one shown taken always is.
 */
export interface SlotOccupancy<S extends SlotSession = SlotSession> {
  /** The session a group already has; null when free. */
  group(groupId: number): S | null;
  /** The session a trainer already teaches, whatever its modality. */
  trainer(trainerId: number): S | null;
  /** The on-site session holding a room. */
  room(roomId: number): S | null;
}

/** `excludeId` is the session being edited: it never makes its own group, trainer or room busy. */
export function slotOccupancy<S extends SlotSession>(
  sessions: readonly S[],
  excludeId: number | null,
): SlotOccupancy<S> {
  const groups = new Map<number, S>();
  const trainers = new Map<number, S>();
  const rooms = new Map<number, S>();
  // The first session found holds the name shown; two would already be a conflict saved earlier.
  const keep = (map: Map<number, S>, key: number | null, session: S) => {
    if (key !== null && !map.has(key)) map.set(key, session);
  };
  for (const session of sessions) {
    if (session.id === excludeId) continue;
    keep(groups, session.groupId, session);
    keep(trainers, session.trainerId, session);
    keep(rooms, heldRoom(session), session);
  }
  return {
    group: (id) => groups.get(id) ?? null,
    trainer: (id) => trainers.get(id) ?? null,
    room: (id) => rooms.get(id) ?? null,
  };
}

/** The room's size rule of checkSession: refused below the group's learners, never at equality. */
export function roomTooSmall(capacity: number, groupSize: number): boolean {
  return capacity < groupSize;
}

/**
 * Outside a trainer's declared weekly availability. A trainer who declared none has nothing to
 * compare against and is never "unavailable" (as checkSession's trainerAvailable null).
 */
export function outsideAvailability(declaresAny: boolean, declaresThisHalfDay: boolean): boolean {
  return declaresAny && !declaresThisHalfDay;
}
