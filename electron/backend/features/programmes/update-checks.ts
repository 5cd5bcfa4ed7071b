import type { ProgrammeContent, ProgrammeDetail } from '../../../../shared/api/programmes';
import { programmeRulesFr as t } from '../../../../shared/i18n/fr/programmes';
import type { Db } from '../../db/open';
import { AppError, conflict } from '../../errors';
import { childIdsOf } from './children-repository';
import { programmeContentIssues } from '../../../../shared/domain/programme-rules';
import { describeUses } from '../../../../shared/i18n/fr/references';
import { blockingReferences } from '../../db/references';
import { totalUses, unitCodeUses } from './usage-repository';

/** Refuses content whose rows contradict each other or carry ids of another programme's rows. */
function assertConsistent(db: Db, programmeId: number, content: ProgrammeContent): void {
  const issues = programmeContentIssues(content);
  const rowSets = [
    ['subjects', 'programme_subjects', content.subjects],
    ['units', 'programme_units', content.units],
    ['blocs', 'programme_blocs', content.blocs],
  ] as const;
  for (const [key, table, rows] of rowSets) {
    const own = childIdsOf(db, table, programmeId);
    const seen = new Set<number>();
    rows.forEach((row, i) => {
      if (row.id === undefined) return;
      if (!own.has(row.id) || seen.has(row.id)) issues[`${key}.${i}.id`] ??= t.unknownRow;
      seen.add(row.id);
    });
  }
  const first = Object.values(issues)[0];
  if (first !== undefined) throw new AppError('INVALID_INPUT', first, issues);
}

/** Refuses to drop subjects that other records (sessions, evaluations…) still point to. */
export function assertSubjectsUnused(db: Db, subjects: readonly { id: number; name: string }[]): void {
  for (const subject of subjects) {
    const uses = blockingReferences(db, 'programme_subjects', subject.id);
    if (uses.length > 0) throw conflict(t.subjectInUse(subject.name, describeUses(uses)));
  }
}

/**
 * Refuses an update that would orphan learners' records: a removed subject still in use, or a
 * unit code (removed or renamed) that dispensations, kept marks, exam entries or BTS blancs of
 * this programme's cohorts name.
 */
export function assertUpdateAllowed(db: Db, current: ProgrammeDetail, content: ProgrammeContent): void {
  assertConsistent(db, current.id, content);

  const keptSubjects = new Set(content.subjects.flatMap((s) => (s.id === undefined ? [] : [s.id])));
  assertSubjectsUnused(
    db,
    current.subjects.filter((s) => !keptSubjects.has(s.id)),
  );

  const newCodes = new Set(content.units.map((u) => u.code));
  for (const unit of current.units) {
    if (newCodes.has(unit.code)) continue;
    const uses = unitCodeUses(db, current.id, unit.code);
    if (totalUses(uses) > 0) throw conflict(t.unitInUse(unit.code, uses));
  }
}
