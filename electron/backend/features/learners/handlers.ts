import { pending } from '../pending';
export const learnersHandlers = pending(
  'learners.list',
  'learners.get',
  'learners.create',
  'learners.update',
  'learners.delete',
);
