import { pending } from '../pending';
export const trainersHandlers = pending(
  'trainers.list',
  'trainers.get',
  'trainers.create',
  'trainers.update',
  'trainers.delete',
);
