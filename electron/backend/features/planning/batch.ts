import type { BatchResult } from '../../../../shared/api/planning';
import { addDays, diffDays, eachDay, isWithin, weekday } from '../../../../shared/domain/calendar/dates';
import { SLOTS } from '../../../../shared/domain/calendar/half-days';
import type { Modality, Slot } from '../../../../shared/domain/planning/types';
import { planningFr as t } from '../../../../shared/i18n/fr/planning';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { AppError } from '../../errors';
import { assertCohortWritable } from '../cohorts/membership';
import { evaluate, invalid, type PlanningFacts } from './context';
import { insertSession, sessionsOf, withRollback, type SessionFields } from './repository';

/**
 * Checks and creates each half-day in turn, so a session created early in the batch is seen by
 * the checks of the later ones (no double booking inside a batch). A half-day that fails is
 * skipped with its first reason; the others are created. A dry run runs the very same code
 * inside a savepoint that is then rolled back: the preview is exactly what the real run does.
 */
function runBatch(
  ctx: HandlerContext,
  facts: PlanningFacts,
  targets: readonly SessionFields[],
  dryRun: boolean,
  audit: { action: string; target: string; details: unknown },
): BatchResult {
  const work = (): BatchResult => {
    const result: BatchResult = { created: [], skipped: [], dryRun };
    for (const fields of targets) {
      const { date, slot } = fields;
      let evaluation;
      try {
        evaluation = evaluate(facts, fields, null);
      } catch (error) {
        // A day outside the cohort is a reason to skip that half-day, not the whole batch.
        if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
        result.skipped.push({ date, slot, reason: error.message });
        continue;
      }
      const { candidate, check } = evaluation;
      if (check.errors.length > 0) {
        result.skipped.push({ date, slot, reason: check.errors[0]!.message });
        continue;
      }
      insertSession(ctx.db, fields, ctx.now);
      const warnings = check.warnings.map(({ kind, message }) => ({ kind, message }));
      result.created.push({ date, slot, subjectName: candidate.subjectName, warnings });
    }
    auditCall(ctx, audit.action, audit.target, {
      ...(audit.details as object),
      created: result.created.length,
      skipped: result.skipped.length,
    });
    return result;
  };
  return dryRun ? withRollback(ctx.db, work) : work();
}

const slotRank = (slot: Slot) => SLOTS.indexOf(slot);

export function copyWeek(
  ctx: HandlerContext,
  facts: PlanningFacts,
  input: { groupId: number; fromWeek: string; toWeeks: string[]; dryRun: boolean },
): BatchResult {
  const { fromWeek } = input;
  if (weekday(fromWeek) !== 1) throw invalid('fromWeek', t.notMonday(fromWeek));
  input.toWeeks.forEach((week, i) => {
    if (weekday(week) !== 1) throw invalid(`toWeeks.${i}`, t.notMonday(week));
    if (week === fromWeek) throw invalid(`toWeeks.${i}`, t.copySameWeek);
  });
  const group = facts.group(input.groupId);
  assertCohortWritable(ctx.db, group.cohortId);
  const source = sessionsOf(ctx.db, 'group', group.id, fromWeek, addDays(fromWeek, 5));
  if (source.length === 0) throw invalid('fromWeek', t.copyEmptyWeek(group.name, fromWeek));

  const weeks = [...new Set(input.toWeeks)].sort();
  const targets = weeks.flatMap((week) =>
    source.map((s): SessionFields => ({
      groupId: s.groupId,
      subjectId: s.subjectId,
      trainerId: s.trainerId,
      roomId: s.roomId,
      date: addDays(week, diffDays(fromWeek, s.date)),
      slot: s.slot,
      modality: s.modality,
      note: s.note,
    })),
  );
  return runBatch(ctx, facts, targets, input.dryRun, {
    action: 'planning.copyWeek',
    target: `group:${group.id}`,
    details: { fromWeek, toWeeks: weeks },
  });
}

interface PatternEntry {
  weekday: number;
  slot: Slot;
  subjectId: number;
  trainerId: number | null;
  roomId: number | null;
  modality: Modality;
}

export function applyPattern(
  ctx: HandlerContext,
  facts: PlanningFacts,
  input: { groupId: number; from: string; to: string; entries: PatternEntry[]; dryRun: boolean },
): BatchResult {
  const { from, to } = input;
  if (to < from) throw invalid('to', t.periodInverted(from, to));
  const group = facts.group(input.groupId);
  assertCohortWritable(ctx.db, group.cohortId);
  if (!isWithin(from, group.startDate, group.endDate) || !isWithin(to, group.startDate, group.endDate)) {
    throw invalid('from', t.periodOutsideCohort(group.cohortName, group.startDate, group.endDate));
  }
  // A wrong subject, trainer or room is the same on every week: refused once, as a whole.
  input.entries.forEach((entry, i) => {
    const subject = facts.subject(entry.subjectId);
    if (subject.programmeId !== group.programmeId) {
      throw invalid(`entries.${i}.subjectId`, t.subjectNotInProgramme(subject.name, group.name));
    }
    if (entry.trainerId !== null) facts.trainer(entry.trainerId);
    if (entry.roomId !== null) facts.room(entry.roomId);
  });

  const entries = [...input.entries].sort(
    (a, b) => a.weekday - b.weekday || slotRank(a.slot) - slotRank(b.slot),
  );
  const targets = eachDay(from, to).flatMap((date) =>
    entries
      .filter((entry) => entry.weekday === weekday(date))
      .map((entry): SessionFields => ({
        groupId: group.id,
        subjectId: entry.subjectId,
        trainerId: entry.trainerId,
        roomId: entry.roomId,
        date,
        slot: entry.slot,
        modality: entry.modality,
        note: null,
      })),
  );
  return runBatch(ctx, facts, targets, input.dryRun, {
    action: 'planning.applyPattern',
    target: `group:${group.id}`,
    details: { from, to, entries: input.entries.length },
  });
}
