import type { Input } from '../../../shared/api/index';
import type { ProgrammeDetail, UNIT_FORMS, UNIT_KINDS } from '../../../shared/api/programmes';
import { validationFr } from '../../../shared/i18n/fr/validation';

/**
 * The edit page's state: numbers stay the text the person typed ("67,5") until Save, rows carry
 * a local key for React and their database id when they already exist (so the backend updates
 * them in place instead of deleting and re-creating them).
 */
export interface SubjectRow {
  key: number;
  id?: number;
  name: string;
  hoursYear1: string;
  hoursYear2: string;
  coefficient: string;
  unitCode: string;
}
export interface UnitRow {
  key: number;
  id?: number;
  code: string;
  title: string;
  form: (typeof UNIT_FORMS)[number];
  durationMinutes: string;
  preparationMinutes: string;
  coefficient: string;
  kind: (typeof UNIT_KINDS)[number];
  optional: boolean;
}
export interface BlocRow {
  key: number;
  id?: number;
  number: string;
  title: string;
  unitCodes: string[];
}
export interface ObjectiveRow {
  key: number;
  text: string;
}
export interface ProgrammeForm {
  code: string;
  title: string;
  diplomaCode: string;
  rncpCode: string;
  nsfCode: string;
  level: string;
  totalHours: string;
  objectives: ObjectiveRow[];
  subjects: SubjectRow[];
  units: UnitRow[];
  blocs: BlocRow[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

const num = (n: number) => String(n).replace('.', ',');

export function formFromDetail(p: ProgrammeDetail): ProgrammeForm {
  return {
    code: p.code,
    title: p.title,
    diplomaCode: p.diplomaCode ?? '',
    rncpCode: p.rncpCode ?? '',
    nsfCode: p.nsfCode ?? '',
    level: p.level === null ? '' : String(p.level),
    totalHours: num(p.totalHours),
    objectives: p.objectives.map((text) => ({ key: newKey(), text })),
    subjects: p.subjects.map((s) => ({
      key: newKey(),
      id: s.id,
      name: s.name,
      hoursYear1: num(s.hoursYear1),
      hoursYear2: num(s.hoursYear2),
      coefficient: num(s.coefficient),
      unitCode: s.unitCode ?? '',
    })),
    units: p.units.map((u) => ({
      ...u,
      key: newKey(),
      durationMinutes: String(u.durationMinutes),
      preparationMinutes: String(u.preparationMinutes),
      coefficient: num(u.coefficient),
    })),
    blocs: p.blocs.map((b) => ({ ...b, key: newKey(), number: String(b.number) })),
  };
}

export const emptySubject = (): SubjectRow => ({
  key: newKey(),
  name: '',
  hoursYear1: '0',
  hoursYear2: '0',
  coefficient: '1',
  unitCode: '',
});
export const emptyUnit = (): UnitRow => ({
  key: newKey(),
  code: '',
  title: '',
  form: 'written',
  durationMinutes: '60',
  preparationMinutes: '0',
  coefficient: '1',
  kind: 'general',
  optional: false,
});
export const emptyBloc = (number: number): BlocRow => ({
  key: newKey(),
  number: String(number),
  title: '',
  unitCodes: [],
});

type UpdateInput = Input<'programmes.update'>;

/**
 * The update call's input, or the fields whose number cannot be read (at the same paths the
 * backend uses, so the page shows both kinds of error the same way).
 */
export function formToInput(
  id: number,
  f: ProgrammeForm,
): { input: UpdateInput } | { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const read = (path: string, text: string): number => {
    const value = Number(text.trim().replace(',', '.').replace(/\s/g, ''));
    if (text.trim() === '' || !Number.isFinite(value)) fields[path] = validationFr.expectedNumber;
    return value;
  };
  const input: UpdateInput = {
    id,
    code: f.code,
    title: f.title,
    diplomaCode: f.diplomaCode,
    rncpCode: f.rncpCode,
    nsfCode: f.nsfCode,
    level: f.level.trim() === '' ? null : read('level', f.level),
    totalHours: read('totalHours', f.totalHours),
    objectives: f.objectives.map((o) => o.text),
    subjects: f.subjects.map((s, i) => ({
      id: s.id,
      name: s.name,
      hoursYear1: read(`subjects.${i}.hoursYear1`, s.hoursYear1),
      hoursYear2: read(`subjects.${i}.hoursYear2`, s.hoursYear2),
      coefficient: read(`subjects.${i}.coefficient`, s.coefficient),
      unitCode: s.unitCode || null,
    })),
    units: f.units.map((u, i) => ({
      id: u.id,
      code: u.code,
      title: u.title,
      form: u.form,
      durationMinutes: read(`units.${i}.durationMinutes`, u.durationMinutes),
      preparationMinutes: read(`units.${i}.preparationMinutes`, u.preparationMinutes),
      coefficient: read(`units.${i}.coefficient`, u.coefficient),
      kind: u.kind,
      optional: u.optional,
    })),
    blocs: f.blocs.map((b, i) => ({
      id: b.id,
      number: read(`blocs.${i}.number`, b.number),
      title: b.title,
      unitCodes: b.unitCodes,
    })),
  };
  return Object.keys(fields).length > 0 ? { fields } : { input };
}
