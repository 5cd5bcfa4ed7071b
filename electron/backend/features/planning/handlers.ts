import { addDays, daysInMonth, isoDate, weekday } from '../../../../shared/domain/calendar/dates';
import { planningFr as t } from '../../../../shared/i18n/fr/planning';
import { describeUses } from '../../../../shared/i18n/fr/references';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { blockingReferences } from '../../db/references';
import { conflict, notFound } from '../../errors';
import { staged, type HandlersOf } from '../../handlers';
import { assertCohortWritable } from '../cohorts/membership';
import { isoDay } from '../cohorts/dates';
import { applyPattern, copyWeek } from './batch';
import { invalid, PlanningFacts } from './context';
import { assertSessionFresh } from './freshness';
import { exportIcs } from './ics-export';
import { groupLedger } from './ledger';
import { planningPdf, planningPrint } from './pdf-export';
import { deleteSession, findSession, type StoredSession } from './repository';
import { assertEntity, dayInfos, slotsOfDay, viewSessions } from './views';
import { saveChecked } from './write';

function existing(ctx: HandlerContext, id: number): StoredSession {
  const session = findSession(ctx.db, id);
  if (!session) throw notFound(t.sessionNotFound);
  return session;
}

/** Moving a session out of a group is a change to that group too: its cohort must be writable. */
function editable(ctx: HandlerContext, facts: PlanningFacts, id: number): StoredSession {
  const session = existing(ctx, id);
  assertCohortWritable(ctx.db, facts.group(session.groupId).cohortId);
  return session;
}

export const planningHandlers: HandlersOf<
  | 'planning.week'
  | 'planning.month'
  | 'sessions.create'
  | 'sessions.update'
  | 'sessions.move'
  | 'sessions.duplicate'
  | 'sessions.delete'
  | 'planning.copyWeek'
  | 'planning.applyPattern'
  | 'planning.ledger'
  | 'planning.exportIcs'
  | 'planning.exportPdf'
> = {
  'planning.week': ({ view, id, weekStart }, { db }) => {
    if (weekday(weekStart) !== 1) throw invalid('weekStart', t.notMonday(weekStart));
    const facts = new PlanningFacts(db);
    assertEntity(facts, view, id);
    const saturday = addDays(weekStart, 5);
    return {
      weekStart,
      days: dayInfos(facts, view, id, weekStart, saturday),
      slots: slotsOfDay(facts),
      sessions: viewSessions(facts, view, id, weekStart, saturday),
    };
  },

  'planning.month': ({ view, id, month }, { db }) => {
    const facts = new PlanningFacts(db);
    assertEntity(facts, view, id);
    const [year, monthNumber] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
    const first = isoDate(year, monthNumber, 1);
    const last = isoDate(year, monthNumber, daysInMonth(year, monthNumber));
    return {
      month,
      days: dayInfos(facts, view, id, first, last),
      sessions: viewSessions(facts, view, id, first, last),
    };
  },

  'sessions.create': (input, ctx) =>
    saveChecked(ctx, new PlanningFacts(ctx.db), input, null, 'sessions.create'),

  'sessions.update': ({ id, expectedUpdatedAt, ...fields }, ctx) => {
    const facts = new PlanningFacts(ctx.db);
    editable(ctx, facts, id);
    assertSessionFresh(ctx, id, expectedUpdatedAt, 'save');
    return saveChecked(ctx, facts, fields, id, 'sessions.update');
  },

  'sessions.move': ({ id, date, slot, expectedUpdatedAt }, ctx) => {
    const facts = new PlanningFacts(ctx.db);
    const { id: _id, ...fields } = editable(ctx, facts, id);
    assertSessionFresh(ctx, id, expectedUpdatedAt, 'save');
    return saveChecked(ctx, facts, { ...fields, date, slot }, id, 'sessions.move');
  },

  'sessions.duplicate': ({ id, date, slot }, ctx) => {
    const facts = new PlanningFacts(ctx.db);
    const { id: _id, ...fields } = existing(ctx, id);
    return saveChecked(ctx, facts, { ...fields, date, slot }, null, 'sessions.duplicate');
  },

  'sessions.delete': ({ id, expectedUpdatedAt }, ctx) => {
    const session = editable(ctx, new PlanningFacts(ctx.db), id);
    assertSessionFresh(ctx, id, expectedUpdatedAt, 'delete');
    const uses = blockingReferences(ctx.db, 'planned_sessions', id);
    if (uses.length > 0) throw conflict(t.sessionInUse(describeUses(uses)));
    deleteSession(ctx.db, id);
    auditCall(ctx, 'sessions.delete', `session:${id}`, session);
    return {};
  },

  'planning.copyWeek': (input, ctx) => copyWeek(ctx, new PlanningFacts(ctx.db), input),

  'planning.applyPattern': (input, ctx) => applyPattern(ctx, new PlanningFacts(ctx.db), input),

  'planning.ledger': ({ groupId, today }, { db, now }) =>
    groupLedger(new PlanningFacts(db), groupId, today ?? isoDay(now)),

  'planning.exportIcs': (input, { db, now }) => exportIcs(db, input, now),

  // Read in the transaction, drawn after it: pdfkit streams its output asynchronously.
  'planning.exportPdf': staged({ run: planningPrint, after: planningPdf }),
};
