import { pending } from '../pending';
export const importsHandlers = pending(
  'imports.template',
  'imports.preview',
  'imports.check',
  'imports.run',
  'exports.groupList',
  'exports.cohortRoster',
);
