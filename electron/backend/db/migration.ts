import type { Database } from 'better-sqlite3';

/** One step of the schema. Frozen once landed: a later change is a new numbered file. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
