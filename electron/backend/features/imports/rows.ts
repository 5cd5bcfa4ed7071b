import type { z } from 'zod';
import type { ImportKind } from '../../../../shared/api/imports';
import { learnerFields, type LearnerInput } from '../../../../shared/api/learners';
import { trainerInputSchema } from '../../../../shared/api/trainers';
import { IMPORT_FIELDS } from '../../../../shared/domain/import-columns';
import {
  parseAccessRoute,
  parseBoolean,
  parseContractType,
  parseFrenchDate,
  parseFunding,
  type Parsed,
} from '../../../../shared/domain/import-values';
import { learnerErrors } from '../../../../shared/domain/learner-rules';
import { isValidSiret, normalizeSiret } from '../../../../shared/domain/siret';
import { importValueFr as t } from '../../../../shared/i18n/fr/imports';

/**
 * One row of a file turned into the contract's fields: each cell parsed the French way, then
 * checked by the contract's own schema field by field (so each column gets its own message),
 * then, for learners, by the rules linking fields. Pure: the database is the caller's business.
 */

export type Mapping = Record<string, number | null>;
export type LearnerFields = Omit<LearnerInput, 'dispensations' | 'keptMarks' | 'cohortId'>;
export type TrainerFields = z.output<typeof trainerInputSchema>;

export interface ConvertedRow<T> {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** The record to write, when the row has no error. */
  record: T | null;
}

const DATE_FIELDS = new Set([
  'birthDate',
  'contractStart',
  'contractEnd',
  'entryDate',
  'exitDate',
  'dropoutDate',
]);
const EMAIL_FIELDS = new Set(['email', 'tutorEmail']);
const PHONE_FIELDS = new Set(['phone', 'tutorPhone']);

function cellsOf(kind: ImportKind, cells: readonly string[], mapping: Mapping): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const column = mapping[field.key];
    if (column !== null && column !== undefined) values[field.key] = (cells[column] ?? '').trim();
  }
  return values;
}

/** Turns French cell text into what the schema expects; the error when it cannot. */
function parseCell(key: string, raw: string, implied: Record<string, unknown>): Parsed<unknown> {
  if (DATE_FIELDS.has(key)) return parseFrenchDate(raw);
  switch (key) {
    case 'accessRoute': {
      const parsed = parseAccessRoute(raw);
      if (!parsed.ok || !parsed.value) return parsed;
      if (parsed.value.funding) implied.funding = parsed.value.funding;
      return { ok: true, value: parsed.value.route };
    }
    case 'funding':
      return parseFunding(raw);
    case 'foreignStudent':
      return parseBoolean(raw);
    case 'contractType':
      return parseContractType(raw);
    case 'employerSiret':
      return raw && !isValidSiret(raw)
        ? { ok: false, error: t.siret(raw) }
        : { ok: true, value: normalizeSiret(raw) };
    default:
      return { ok: true, value: raw };
  }
}

/** The schema's message, said with the cell's value and the expected form where that helps. */
function schemaMessage(kind: ImportKind, key: string, raw: string, zodMessage: string): string {
  const label = IMPORT_FIELDS[kind].find((f) => f.key === key)?.label ?? key;
  if (!raw) return t.required(label);
  if (EMAIL_FIELDS.has(key)) return t.email(raw);
  if (PHONE_FIELDS.has(key)) return t.phone(raw);
  return `${label} : ${zodMessage}`;
}

function convert(
  kind: ImportKind,
  shape: Record<string, z.ZodType>,
  cells: readonly string[],
  mapping: Mapping,
): { values: Record<string, string>; errors: Record<string, string>; parsed: Record<string, unknown> } {
  const values = cellsOf(kind, cells, mapping);
  const errors: Record<string, string> = {};
  const implied: Record<string, unknown> = {};
  const typed: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values)) {
    const cell = parseCell(key, raw, implied);
    if (cell.ok) typed[key] = cell.value;
    else errors[key] = cell.error;
  }
  // "Formule pro (CPF)" in the route column stands for the funding when its own column is empty.
  if (implied.funding && !typed.funding && !errors.funding) typed.funding = implied.funding;
  const parsed: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (errors[key]) continue;
    const result = schema.safeParse(typed[key]);
    if (result.success) parsed[key] = result.data;
    else errors[key] = schemaMessage(kind, key, values[key] ?? '', result.error.issues[0]?.message ?? '');
  }
  return { values, errors, parsed };
}

export function learnerRow(
  cells: readonly string[],
  mapping: Mapping,
  today: string,
): ConvertedRow<LearnerFields> {
  const { values, errors, parsed } = convert('learners', learnerFields, cells, mapping);
  const learner = parsed as LearnerFields;
  // Fields that could not be read are absent here, so the rules skip them; a funding rule
  // would only repeat an unreadable route.
  for (const [key, message] of Object.entries(learnerErrors(learner, today))) {
    if (!(key === 'funding' && errors.accessRoute)) errors[key] ??= message;
  }
  return { values, errors, record: Object.keys(errors).length ? null : learner };
}

const trainerShape = (({ surname, firstName, email, phone, contractType }) => ({
  surname,
  firstName,
  email,
  phone,
  contractType,
}))(trainerInputSchema.shape);

export function trainerRow(cells: readonly string[], mapping: Mapping): ConvertedRow<TrainerFields> {
  const { values, errors, parsed } = convert('trainers', trainerShape, cells, mapping);
  if (Object.keys(errors).length) return { values, errors, record: null };
  const record = trainerInputSchema.parse(parsed);
  return { values, errors, record };
}
