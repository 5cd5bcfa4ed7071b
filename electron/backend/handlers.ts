import type { MethodName, Output, ParsedInput } from '../../shared/api/index';
import type { HandlerContext, StageContext } from './context';
import { auditHandlers } from './features/audit/handlers';
import { backupsHandlers } from './backups/handlers';
import { absencesHandlers } from './features/absences/handlers';
import { appreciationsHandlers } from './features/appreciations/handlers';
import { attendanceHandlers } from './features/attendance/handlers';
import { authHandlers } from './features/auth/handlers';
import { availabilityHandlers } from './features/planning/availability';
import { averagesHandlers } from './features/averages/handlers';
import { centreHandlers } from './features/centre/handlers';
import { cohortsHandlers } from './features/cohorts/handlers';
import { documentsHandlers } from './features/documents/handlers';
import { examsHandlers } from './features/exams/handlers';
import { importsHandlers } from './features/imports/handlers';
import { learnerPlanHandlers } from './features/learner-plan/handlers';
import { learnersHandlers } from './features/learners/handlers';
import { marksHandlers } from './features/marks/handlers';
import { marksXlsxHandlers } from './features/marks-xlsx/handlers';
import { planningHandlers } from './features/planning/handlers';
import { printsHandlers } from './features/prints/handlers';
import { programmesHandlers } from './features/programmes/handlers';
import { rhythmHandlers } from './features/rhythm/handlers';
import { roomsHandlers } from './features/rooms/handlers';
import { settingsHandlers } from './features/settings/handlers';
import { teamHandlers } from './features/team/handlers';
import { trainersHandlers } from './features/trainers/handlers';
import { usersHandlers } from './features/users/handlers';

/** A plain handler: runs whole inside the call's transaction. */
export type SyncHandler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => Output<M>;

/**
 * A handler with asynchronous work around its transaction. SQLite transactions here are
 * synchronous (better-sqlite3), so work that must await — reading an uploaded XLSX, writing one
 * with exceljs — happens in `before` (no database access) or `after` (from what `run` read), and
 * only `run` touches the database, inside the one transaction. The one exception is the stages'
 * `backups` (context.ts): a copy taken before an import, and the restore, which replaces the
 * database in its `after` stage once no other call is running (backups/restore.ts).
 */
export interface StagedHandler<M extends MethodName, Prepared, Read> {
  staged: true;
  before?: (input: ParsedInput<M>, stage: StageContext) => Promise<Prepared>;
  run: (input: ParsedInput<M>, ctx: HandlerContext, prepared: Prepared) => Read;
  after?: (read: Read, input: ParsedInput<M>, stage: StageContext) => Promise<Output<M>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each staged handler fixes its own types
export type Handler<M extends MethodName> = SyncHandler<M> | StagedHandler<M, any, any>;

/** Declares a staged handler with its intermediate types inferred. */
export function staged<M extends MethodName, Prepared = undefined, Read = Output<M>>(
  handler: Omit<StagedHandler<M, Prepared, Read>, 'staged'>,
): StagedHandler<M, Prepared, Read> {
  return { staged: true, ...handler };
}

export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlersOf<K extends MethodName> = { [M in K]: Handler<M> };

/** One handler per contract method; the type makes a missing or extra one a compile error. */
export const handlers: Handlers = {
  ...backupsHandlers,
  ...auditHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...programmesHandlers,
  ...cohortsHandlers,
  ...learnersHandlers,
  ...learnerPlanHandlers,
  ...trainersHandlers,
  ...roomsHandlers,
  ...importsHandlers,
  ...planningHandlers,
  ...availabilityHandlers,
  ...rhythmHandlers,
  ...absencesHandlers,
  ...attendanceHandlers,
  ...teamHandlers,
  ...marksHandlers,
  ...examsHandlers,
  ...marksXlsxHandlers,
  ...averagesHandlers,
  ...appreciationsHandlers,
  ...centreHandlers,
  ...documentsHandlers,
  ...printsHandlers,
};
