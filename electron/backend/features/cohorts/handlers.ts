import { pending } from '../pending';
export const cohortsHandlers = pending(
  'cohorts.list',
  'cohorts.get',
  'cohorts.create',
  'cohorts.update',
  'cohorts.setArchived',
  'cohorts.delete',
  'groups.list',
  'groups.create',
  'groups.rename',
  'groups.delete',
  'groups.addLearners',
  'groups.moveLearner',
  'groups.removeLearner',
);
