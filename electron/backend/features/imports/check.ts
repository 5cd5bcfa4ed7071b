import type { ImportCheck, ImportKind } from '../../../../shared/api/imports';
import { formatDateShort } from '../../../../shared/format/fr';
import { IMPORT_FIELDS } from '../../../../shared/domain/import-columns';
import { parseFrenchDate } from '../../../../shared/domain/import-values';
import { identityKey } from '../../../../shared/domain/learner-rules';
import { importMappingFr, importRunFr } from '../../../../shared/i18n/fr/imports';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { learnerIdentities } from '../learners/repository';
import type { ImportTable } from './table';
import { trainerIdentities, type Identity } from './repository';
import { learnerRow, trainerRow, type LearnerFields, type Mapping, type TrainerFields } from './rows';

/** Every row of the file checked, with what it would write when valid. */

export interface CheckedRow {
  line: number;
  values: Record<string, string>;
  errors: Record<string, string>;
  duplicateOf: string | null;
  learner: LearnerFields | null;
  trainer: TrainerFields | null;
}

export const isValid = (row: CheckedRow): boolean =>
  Object.keys(row.errors).length === 0 && row.duplicateOf === null;

/** Refuses a mapping naming unknown fields or columns, or leaving a required field without a column. */
export function assertMapping(kind: ImportKind, mapping: Mapping, columnCount: number): void {
  const fields: Record<string, string> = {};
  const known = new Map(IMPORT_FIELDS[kind].map((f) => [f.key, f]));
  for (const [key, column] of Object.entries(mapping)) {
    if (!known.has(key)) fields[`mapping.${key}`] = importMappingFr.unknownField(key);
    else if (column !== null && column >= columnCount) {
      fields[`mapping.${key}`] = importMappingFr.noSuchColumn(column + 1, columnCount);
    }
  }
  for (const field of known.values()) {
    const column = mapping[field.key];
    if (field.required && (column === null || column === undefined)) {
      fields[`mapping.${field.key}`] = importMappingFr.missing(field.label);
    }
  }
  const first = Object.values(fields)[0];
  if (first) throw new AppError('INVALID_INPUT', first, fields);
}

function existingIdentities(db: Db, kind: ImportKind): Map<string, string> {
  const people: Identity[] = kind === 'learners' ? learnerIdentities(db) : trainerIdentities(db);
  const byKey = new Map<string, string>();
  for (const p of people) {
    const name = `${p.firstName} ${p.surname}`;
    byKey.set(
      identityKey(p.surname, p.firstName, p.birthDate),
      importRunFr.duplicateExisting(name, p.birthDate ? formatDateShort(p.birthDate) : null),
    );
  }
  return byKey;
}

export function checkTable(
  db: Db,
  kind: ImportKind,
  table: ImportTable,
  mapping: Mapping,
  today: string,
): CheckedRow[] {
  assertMapping(kind, mapping, table.headers.length);
  const existing = existingIdentities(db, kind);
  const firstLine = new Map<string, number>();
  return table.rows.map(({ line, cells }) => {
    const converted = kind === 'learners' ? learnerRow(cells, mapping, today) : trainerRow(cells, mapping);
    const { surname, firstName } = converted.values;
    let duplicateOf: string | null = null;
    if (surname && firstName && !converted.errors.surname && !converted.errors.firstName) {
      const birthDate = kind === 'learners' ? dateOrNull(converted.values.birthDate) : null;
      const key = identityKey(surname, firstName, birthDate);
      const earlier = firstLine.get(key);
      duplicateOf = existing.get(key) ?? (earlier ? importRunFr.duplicateLine(earlier) : null);
      if (!earlier) firstLine.set(key, line);
    }
    return {
      line,
      values: converted.values,
      errors: converted.errors,
      duplicateOf,
      learner: kind === 'learners' ? (converted.record as LearnerFields | null) : null,
      trainer: kind === 'trainers' ? (converted.record as TrainerFields | null) : null,
    };
  });
}

function dateOrNull(value: string | undefined): string | null {
  const parsed = parseFrenchDate(value ?? '');
  return parsed.ok ? parsed.value : null;
}

export function report(rows: readonly CheckedRow[]): ImportCheck {
  return {
    rows: rows.map(({ line, values, errors, duplicateOf }) => ({ line, values, errors, duplicateOf })),
    validCount: rows.filter(isValid).length,
    invalidCount: rows.filter((r) => !isValid(r)).length,
    duplicateCount: rows.filter((r) => r.duplicateOf !== null).length,
  };
}
