import type { Migration } from '../migration';

/**
 * The planned hours of a group in a subject are counted on every session checked (the "over
 * target" warning) and for the ledger. Without this index SQLite walks every session of the
 * subject across all groups and years: applying a year's pattern took 3 s on a ten-year centre,
 * 0.2 s with it (bench/figures, 2026-11-22). Covering: the count never reads the table.
 */
export const migration007: Migration = {
  version: 7,
  name: 'planning: index of sessions by group, subject and slot',
  up(db) {
    db.exec('CREATE INDEX planned_sessions_group_subject ON planned_sessions (group_id, subject_id, slot);');
  },
};
