import { pending } from '../pending';
export const roomsHandlers = pending('rooms.list', 'rooms.create', 'rooms.update', 'rooms.delete');
