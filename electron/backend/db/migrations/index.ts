import type { Migration } from '../migration';
import { migration001 } from './001_accounts';
import { migration002 } from './002_records';
import { migration003 } from './003_planning';
import { migration004 } from './004_learner_plan';
import { migration005 } from './005_attendance';
import { migration006 } from './006_marks';
import { migration007 } from './007_planning_indexes';
import { migration008 } from './008_documents';

/** Every migration, in order; versions run 1..n without gaps (checked by a test). */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
