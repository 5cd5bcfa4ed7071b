import type { Room } from '../../../../shared/api/rooms';
import { roomsFr } from '../../../../shared/i18n/fr/rooms';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { describeUses } from '../../../../shared/i18n/fr/references';
import { blockingReferences } from '../../db/references';
import { conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import {
  deleteRoom,
  findRoom,
  findRoomByName,
  insertRoom,
  listRooms,
  updateRoom,
  type RoomFields,
} from './repository';

function existing(ctx: HandlerContext, id: number): Room {
  const room = findRoom(ctx.db, id);
  if (!room) throw notFound(roomsFr.notFound);
  return room;
}

/** Two rooms may not share a name (case aside): the planning names rooms, not ids. */
function assertNameFree(ctx: HandlerContext, name: string, selfId: number | null): void {
  const other = findRoomByName(ctx.db, name);
  if (other && other.id !== selfId)
    throw conflict(roomsFr.nameTaken(other.name), { name: roomsFr.nameTaken(other.name) });
}

const record = (ctx: HandlerContext, action: string, id: number, details?: unknown): void =>
  auditCall(ctx, action, `room:${id}`, details);

export const roomsHandlers: HandlersOf<'rooms.list' | 'rooms.create' | 'rooms.update' | 'rooms.delete'> = {
  'rooms.list': (_input, { db }) => listRooms(db),

  'rooms.create': (input: RoomFields, ctx) => {
    assertNameFree(ctx, input.name, null);
    const id = insertRoom(ctx.db, input, ctx.now);
    record(ctx, 'rooms.create', id, input);
    return existing(ctx, id);
  },

  'rooms.update': ({ id, ...fields }, ctx) => {
    const before = existing(ctx, id);
    assertNameFree(ctx, fields.name, id);
    updateRoom(ctx.db, id, fields, ctx.now);
    record(ctx, 'rooms.update', id, { before, after: fields });
    return existing(ctx, id);
  },

  'rooms.delete': ({ id }, ctx) => {
    const room = existing(ctx, id);
    const uses = blockingReferences(ctx.db, 'rooms', id);
    if (uses.length > 0) {
      throw conflict(roomsFr.inUse(room.name, describeUses(uses)));
    }
    deleteRoom(ctx.db, id);
    record(ctx, 'rooms.delete', id, { name: room.name });
    return {};
  },
};
