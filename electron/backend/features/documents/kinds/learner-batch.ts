import { byPersonName } from '../../../../../shared/format/sort';
import { learnerBatchFr as t, type ScopeNames } from '../../../../../shared/i18n/fr/attestations';
import type { Db } from '../../../db/open';
import type { CentreForPrint } from '../../../documents/centre-header';
import { learnerFileBase, withoutAccents } from '../../../documents/file-bases';
import { AppError, conflict, notFound } from '../../../errors';
import { readCentreForPrint } from '../../centre/identity';
import { missingForDocuments } from '../../centre/rules';
import {
  batchCohort,
  batchGroup,
  type BatchCohort,
  type BatchLearner,
  cohortLearners,
  learnersByIds,
} from './learner-batch-repository';

/**
 * Who a batch of attestations or certificates is for: the learners of a cohort, of one of its
 * groups, or the ones picked among them — each refusal said in French at the field it is about.
 */

export interface BatchRequest {
  cohortId: number;
  groupId?: number | undefined;
  learnerIds?: number[] | undefined;
}

export interface BatchScope {
  cohort: BatchCohort;
  group: { id: number; name: string } | null;
  names: ScopeNames;
  /** In French alphabetical order. */
  learners: BatchLearner[];
}

/** Which learners of the cohort belong to the group, as the kind understands belonging. */
export type GroupFilter = (groupId: number, learners: readonly BatchLearner[]) => Set<number>;

/** A refusal of the input, said at its field. */
export const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });

function picked(db: Db, ids: readonly number[], inScope: readonly BatchLearner[], names: ScopeNames) {
  const allowed = new Map(inScope.map((l) => [l.id, l]));
  const found = new Map(learnersByIds(db, ids).map((l) => [l.id, l]));
  for (const id of ids) {
    const learner = found.get(id);
    if (!learner) throw notFound(t.learnerNotFound(id));
    if (!allowed.has(id)) throw invalid('learnerIds', t.learnerOutside(printedName(learner), names));
  }
  return [...new Set(ids)].map((id) => allowed.get(id)!);
}

export function batchScope(db: Db, request: BatchRequest, inGroup: GroupFilter): BatchScope {
  const cohort = batchCohort(db, request.cohortId);
  if (!cohort) throw notFound(t.cohortNotFound);
  let group: BatchScope['group'] = null;
  if (request.groupId !== undefined) {
    const row = batchGroup(db, request.groupId);
    if (!row) throw notFound(t.groupNotFound);
    if (row.cohortId !== cohort.id) throw invalid('groupId', t.groupOtherCohort(row.name, cohort.name));
    group = { id: row.id, name: row.name };
  }
  const names: ScopeNames = { cohort: cohort.name, group: group?.name ?? null };
  let learners = cohortLearners(db, cohort.id);
  if (group) {
    const members = inGroup(group.id, learners);
    learners = learners.filter((l) => members.has(l.id));
  }
  if (request.learnerIds) learners = picked(db, request.learnerIds, learners, names);
  return { cohort, group, names, learners: learners.sort((a, b) => byPersonName(a, b) || a.id - b.id) };
}

/** Refuses an empty batch at the field that chose it. */
export function requireLearners<T>(learners: readonly T[], scope: BatchScope, message?: string): void {
  if (learners.length > 0) return;
  throw invalid(scope.group ? 'groupId' : 'cohortId', message ?? t.noLearners(scope.names));
}

/**
 * The centre's identity, refused while it lacks what an issued document prints (the fields
 * Paramètres › Identité du centre lists as missing, named the same way).
 */
export function requireCentre(db: Db): CentreForPrint {
  const centre = readCentreForPrint(db);
  const missing = missingForDocuments(centre);
  if (missing.length > 0) throw conflict(t.centreIncomplete(missing));
  return centre;
}

/** "Éloïse BÉRANGER": as the documents name the learner. */
export const printedName = (l: { surname: string; firstName: string }) =>
  `${l.firstName} ${l.surname.toLocaleUpperCase('fr-FR')}`;

/** "BÉRANGER Éloïse": as the archive lists learners. */
export const archiveName = (l: { surname: string; firstName: string }) =>
  `${l.surname.toLocaleUpperCase('fr-FR')} ${l.firstName}`;

/**
 * A file name without extension, accents spelt plainly as every issued document's name is
 * (documents/file-bases.ts): "Attestations_NDRC_2025-2027_Evry_NDRC_1A".
 */
export function fileBase(...parts: string[]): string {
  return withoutAccents(parts.join('_'))
    .replace(/[^A-Za-z0-9-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 120);
}

/** The learner's document in a ZIP: "BERANGER_Eloise_attestation". */
export const learnerFile = (l: { surname: string; firstName: string }, suffix: string) =>
  learnerFileBase(l.surname, l.firstName, suffix);

/** "attestations:cohort:4:group:7:learners:12-15": the batch's scope, for the archive's versions. */
export function scopeKey(kind: string, request: BatchRequest, ...rest: string[]): string {
  const parts = [kind, `cohort:${request.cohortId}`];
  if (request.groupId !== undefined) parts.push(`group:${request.groupId}`);
  if (request.learnerIds) {
    parts.push(`learners:${[...new Set(request.learnerIds)].sort((a, b) => a - b).join('-')}`);
  }
  return [...parts, ...rest].join(':');
}
