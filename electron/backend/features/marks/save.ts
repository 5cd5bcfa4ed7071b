import type { User } from '../../../../shared/api/auth';
import type { MARK_SOURCES } from '../../../../shared/api/marks';
import { formatMarkEntry, type MarkEntry, parseMarkInput } from '../../../../shared/domain/marks/mark-input';
import { marksFr as t } from '../../../../shared/i18n/fr/marks';
import { requireUser } from '../../context';
import type { Db } from '../../db/open';
import { AppError, conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { readSettings } from '../settings/repository';
import type { EvaluationRow } from './evaluations-repository';
import { evaluationFacts, existingEvaluation } from './evaluations';
import { learnerAverage } from './learner-averages';
import { nextVersion } from '../../concurrency/version';
import { assertCellFresh, assertCellsFresh } from './cell-freshness';
import { cellVersion, cellVersionFloor } from './cell-versions-repository';
import { evaluationMarks, findMark, insertHistory, memberDuring, writeMark } from './marks-repository';
import { yearPeriods } from './periods';
import { learnerName } from './repository';
import { assertSheetWritable, buildSheet, cellOf, type SheetFacts, statisticsOf } from './sheet';

type Source = (typeof MARK_SOURCES)[number];

interface Target {
  evaluation: EvaluationRow;
  facts: SheetFacts;
}

/** An evaluation the caller may write marks on now, or the refusal (FORBIDDEN, closed, archived). */
function writableTarget(db: Db, user: User, evaluationId: number): Target {
  const evaluation = existingEvaluation(db, evaluationId);
  const facts = evaluationFacts(db, evaluation);
  assertSheetWritable(db, user, facts);
  return { evaluation, facts };
}

/**
 * Why this learner has no cell on a sheet (unknown: NOT_FOUND; not in the group during the
 * period: CONFLICT), or null. Shared by the sheet and the XLSX import.
 */
export function cellLearnerRefusal(
  db: Db,
  facts: Pick<SheetFacts, 'group' | 'period'>,
  learnerId: number,
): { code: 'NOT_FOUND' | 'CONFLICT'; message: string } | null {
  const name = learnerName(db, learnerId);
  if (name === null) return { code: 'NOT_FOUND', message: t.learnerNotFound };
  const { period, group } = facts;
  return memberDuring(db, group.id, learnerId, period.startDate, period.endDate)
    ? null
    : { code: 'CONFLICT', message: t.learnerNotInGroup(name, group.name, period.name) };
}

/**
 * Writes a cell and its history line unless it already shows the value; returns whether it
 * changed. The one path every source (sheet, paste, fill, undo, import) writes marks through,
 * so every change moves the cell's version token (shared/api/versions.ts) forward; the history
 * line carries the same instant.
 */
export function writeCell(
  db: Db,
  user: User,
  at: string,
  change: { evaluationId: number; learnerId: number; entry: MarkEntry; source: Source },
): boolean {
  const { evaluationId, learnerId, entry, source } = change;
  const oldValue = formatMarkEntry(findMark(db, evaluationId, learnerId));
  const newValue = formatMarkEntry(entry);
  if (oldValue === newValue) return false;
  const version = nextVersion(cellVersionFloor(db, evaluationId, learnerId), new Date(at));
  writeMark(db, evaluationId, learnerId, entry, user.id, version);
  insertHistory(db, { evaluationId, learnerId, oldValue, newValue, source, userId: user.id, at: version });
  return true;
}

export const saveHandlers: HandlersOf<'marks.save' | 'marks.saveMany'> = {
  'marks.save': ({ evaluationId, learnerId, text, source, expectedUpdatedAt }, ctx) => {
    const user = requireUser(ctx);
    const target = writableTarget(ctx.db, user, evaluationId);
    const refusal = cellLearnerRefusal(ctx.db, target.facts, learnerId);
    if (refusal) throw refusal.code === 'NOT_FOUND' ? notFound(refusal.message) : conflict(refusal.message);
    const parsed = parseMarkInput(text, target.evaluation.scale);
    if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.reason, { text: parsed.reason });
    const { evaluation } = target;
    assertCellFresh(ctx.db, { evaluation, learnerId, entry: parsed.value, expected: expectedUpdatedAt });

    const changed = writeCell(ctx.db, user, ctx.now.toISOString(), {
      evaluationId,
      learnerId,
      entry: parsed.value,
      source,
    });
    const settings = readSettings(ctx.db).marks;
    const { facts } = target;
    const yearIds = yearPeriods(ctx.db, facts.period, facts.cohort).map((p) => p.id);
    const entries = evaluationMarks(ctx.db, evaluationId).map((m) => m.entry);
    return {
      cell: cellOf(evaluationId, learnerId, parsed.value, cellVersion(ctx.db, evaluationId, learnerId)),
      changed,
      evaluationStatistics: statisticsOf(evaluationId, entries, settings),
      learnerAverage: learnerAverage(ctx.db, settings, learnerId, facts.subject.id, facts.period.id, yearIds),
    };
  },

  'marks.saveMany': ({ changes, source }, ctx) => {
    const user = requireUser(ctx);
    const targets = new Map<number, Target>();
    const members = new Map<string, string | null>();
    const fields: Record<string, string> = {};
    const details: string[] = [];
    const accepted: {
      evaluation: EvaluationRow;
      learnerId: number;
      entry: MarkEntry;
      expected: string | null | undefined;
      index: number;
    }[] = [];

    changes.forEach(({ evaluationId, learnerId, text, expectedUpdatedAt }, i) => {
      let target = targets.get(evaluationId);
      if (!target) {
        // A refusal of the whole evaluation (not taught, closed period) stops here: no cell of it can go.
        target = writableTarget(ctx.db, user, evaluationId);
        targets.set(evaluationId, target);
      }
      const memberKey = `${evaluationId}:${learnerId}`;
      if (!members.has(memberKey)) {
        members.set(memberKey, cellLearnerRefusal(ctx.db, target.facts, learnerId)?.message ?? null);
      }
      const refusal = members.get(memberKey)!;
      if (refusal) {
        fields[`changes.${i}.learnerId`] = refusal;
        details.push(refusal);
        return;
      }
      const parsed = parseMarkInput(text, target.evaluation.scale);
      if (!parsed.ok) {
        fields[`changes.${i}.text`] = parsed.reason;
        details.push(t.cellRefused(learnerName(ctx.db, learnerId)!, target.evaluation.title, parsed.reason));
        return;
      }
      accepted.push({
        evaluation: target.evaluation,
        learnerId,
        entry: parsed.value,
        expected: expectedUpdatedAt,
        index: i,
      });
    });

    if (details.length > 0) {
      throw new AppError('INVALID_INPUT', `${t.cellsRefused(details.length)} ${details[0]}`, fields);
    }
    // Checked before the first write: a later cell of the paste must meet the state read.
    assertCellsFresh(ctx.db, accepted);
    const at = ctx.now.toISOString();
    let changed = 0;
    for (const { evaluation, learnerId, entry } of accepted) {
      if (writeCell(ctx.db, user, at, { evaluationId: evaluation.id, learnerId, entry, source })) changed++;
    }

    const first = targets.get(changes[0]!.evaluationId)!;
    return { ...buildSheet(ctx.db, user, first.facts, readSettings(ctx.db).marks), changed };
  },
};
