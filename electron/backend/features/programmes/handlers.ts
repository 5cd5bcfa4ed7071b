import { pending } from '../pending';
export const programmesHandlers = pending(
  'programmes.list',
  'programmes.get',
  'programmes.duplicate',
  'programmes.update',
  'programmes.delete',
);
