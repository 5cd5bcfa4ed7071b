import type { ParsedInput } from '../../../../shared/api/index';
import { canAdd } from '../../../../shared/domain/group-size';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { importRunFr as t } from '../../../../shared/i18n/fr/imports';
import { audit } from '../../audit';
import type { HandlerContext } from '../../context';
import type { Db } from '../../db/open';
import { AppError, conflict, notFound } from '../../errors';
import { isoDay } from '../cohorts/dates';
import { addToGroup, assertCohortWritable, currentMemberCount } from '../cohorts/membership';
import { groupCohort, learnerInserter } from '../learners/repository';
import { checkTable, isValid, type CheckedRow } from './check';
import { cohortName, trainerInserter } from './repository';
import type { ImportTable } from './table';

type Target = Pick<ParsedInput<'imports.check'>, 'kind' | 'cohortId' | 'groupId'>;

/** Where imported learners go: the cohort (writable), and the group, which must be of that cohort. */
export function resolveTarget(db: Db, target: Target): { cohortId: number | null; groupId: number | null } {
  if (target.kind !== 'learners') return { cohortId: null, groupId: null };
  let cohortId = target.cohortId ?? null;
  if (target.groupId !== undefined) {
    const group = groupCohort(db, target.groupId);
    if (!group) throw notFound(cohortRulesFr.groupNotFound);
    if (cohortId !== null && cohortId !== group.cohortId) {
      const message = t.groupNotInCohort(group.name, cohortName(db, cohortId) ?? '');
      throw new AppError('INVALID_INPUT', message, { groupId: message });
    }
    cohortId = group.cohortId;
  }
  if (cohortId !== null) assertCohortWritable(db, cohortId);
  return { cohortId, groupId: target.groupId ?? null };
}

/** `table` is the uploaded file, read before the transaction (read-file.ts). */
export function checkImport(
  ctx: HandlerContext,
  input: ParsedInput<'imports.check'>,
  table: ImportTable,
): CheckedRow[] {
  resolveTarget(ctx.db, input);
  return checkTable(ctx.db, input.kind, table, input.mapping, isoDay(ctx.now));
}

function importLearners(
  ctx: HandlerContext,
  rows: readonly CheckedRow[],
  cohortId: number | null,
  groupId: number | null,
) {
  const today = isoDay(ctx.now);
  const insert = learnerInserter(ctx.db, ctx.now);
  const joining = new Map<string, number[]>();
  for (const row of rows) {
    const learner = row.learner!;
    const id = insert({ ...learner, cohortId });
    const from = learner.entryDate ?? today;
    joining.set(from, [...(joining.get(from) ?? []), id]);
  }
  if (groupId === null) return;
  // Checked for the whole file first, so the refusal counts every row, not one date's batch.
  const current = currentMemberCount(ctx.db, groupId);
  if (!canAdd(current, rows.length)) {
    throw conflict(cohortRulesFr.groupFull(groupCohort(ctx.db, groupId)!.name, current, rows.length));
  }
  for (const [from, ids] of joining) addToGroup(ctx.db, groupId, ids, from);
}

/** Writes the valid rows, or nothing when a row is invalid and only valid ones were not asked for. */
export function runImport(
  ctx: HandlerContext,
  input: ParsedInput<'imports.run'>,
  table: ImportTable,
): { imported: number; skipped: number } {
  const { cohortId, groupId } = resolveTarget(ctx.db, input);
  const rows = checkTable(ctx.db, input.kind, table, input.mapping, isoDay(ctx.now));
  const valid = rows.filter(isValid);
  const skipped = rows.length - valid.length;
  if (skipped > 0 && !input.onlyValid) {
    throw new AppError('INVALID_INPUT', t.invalidRows(skipped));
  }
  if (valid.length === 0) throw new AppError('INVALID_INPUT', t.nothingValid);
  if (input.kind === 'learners') importLearners(ctx, valid, cohortId, groupId);
  else {
    const insert = trainerInserter(ctx.db, ctx.now);
    for (const row of valid) insert(row.trainer!);
  }
  audit(ctx.db, {
    at: ctx.now,
    userId: ctx.user?.id ?? null,
    action: 'imports.run',
    target: groupId ? `group:${groupId}` : cohortId ? `cohort:${cohortId}` : input.kind,
    details: {
      kind: input.kind,
      fileName: input.file.fileName,
      imported: valid.length,
      skipped,
      cohortId,
      groupId,
    },
  });
  return { imported: valid.length, skipped };
}
