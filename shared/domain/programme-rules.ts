import type { ProgrammeContent } from '../api/programmes';
import { programmeRulesFr as t } from '../i18n/fr/programmes';

/**
 * The consistency of a programme's content, as French messages keyed by input path
 * ("subjects.2.name"): names and codes unique, every reference to an exam unit resolvable, at
 * most one optional unit (a candidate sits at most one). Pure, so the built-in catalogue and
 * every update are checked by the same rules. Empty when the content is consistent.
 */
export function programmeContentIssues(content: ProgrammeContent): Record<string, string> {
  const issues: Record<string, string> = {};
  const flag = (path: string, message: string) => {
    issues[path] ??= message;
  };

  const subjectNames = new Set<string>();
  content.subjects.forEach((subject, i) => {
    const key = subject.name.trim().toLocaleLowerCase('fr');
    if (subjectNames.has(key)) flag(`subjects.${i}.name`, t.duplicateSubject(subject.name));
    subjectNames.add(key);
  });

  const unitCodes = new Set<string>();
  const seenCodes = new Set<string>();
  let optionalSeen = false;
  content.units.forEach((unit, i) => {
    const key = unit.code.toLocaleUpperCase('fr');
    if (seenCodes.has(key)) flag(`units.${i}.code`, t.duplicateUnit(unit.code));
    seenCodes.add(key);
    unitCodes.add(unit.code);
    if (unit.optional) {
      if (optionalSeen) flag(`units.${i}.optional`, t.oneOptionalUnit);
      optionalSeen = true;
    }
  });

  content.subjects.forEach((subject, i) => {
    if (subject.unitCode !== null && !unitCodes.has(subject.unitCode)) {
      flag(`subjects.${i}.unitCode`, t.unknownUnit(subject.unitCode));
    }
  });

  const blocNumbers = new Set<number>();
  content.blocs.forEach((bloc, i) => {
    if (blocNumbers.has(bloc.number)) flag(`blocs.${i}.number`, t.duplicateBloc(bloc.number));
    blocNumbers.add(bloc.number);
    const missing = bloc.unitCodes.find((code) => !unitCodes.has(code));
    if (missing !== undefined) flag(`blocs.${i}.unitCodes`, t.unknownUnit(missing));
  });

  return issues;
}

/** Σ coefficients of the mandatory units: the divisor of the BTS average. */
export function mandatoryCoefficientTotal(
  units: readonly { coefficient: number; optional: boolean }[],
): number {
  return units.filter((u) => !u.optional).reduce((sum, u) => sum + u.coefficient, 0);
}

/** Σ hours of the subjects over both years, to compare with the programme's total. */
export function subjectHoursTotal(subjects: readonly { hoursYear1: number; hoursYear2: number }[]): number {
  return subjects.reduce((sum, s) => sum + s.hoursYear1 + s.hoursYear2, 0);
}
