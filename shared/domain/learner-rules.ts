import { learnerRulesFr as t } from '../i18n/fr/learners';
import { isValidSiret } from './siret';

/** The fields the cross-field rules look at, as the contract delivers them (null when empty). */
export interface LearnerFacts {
  birthDate: string | null;
  accessRoute: string;
  funding: string | null;
  employerSiret: string | null;
  contractStart: string | null;
  contractEnd: string | null;
  entryDate: string | null;
  exitDate: string | null;
  status: string;
  dropoutDate: string | null;
  dropoutReason: string | null;
  dispensations?: readonly { unitCode: string }[];
  keptMarks?: readonly { unitCode: string; mark: number }[];
}

/**
 * The rules linking a learner's fields, checked the same way by the form, the import and the
 * handlers. Returns a French message per field in error (empty when all is well). Dates are ISO
 * strings, so they compare as text.
 */
export function learnerErrors(facts: LearnerFacts, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (facts.accessRoute === 'pro_formula' && !facts.funding) errors.funding = t.fundingRequired;
  if (facts.accessRoute !== 'pro_formula' && facts.funding) errors.funding = t.fundingOnlyProFormula;
  if (facts.employerSiret && !isValidSiret(facts.employerSiret)) errors.employerSiret = t.siretInvalid;
  if (facts.contractStart && facts.contractEnd && facts.contractEnd <= facts.contractStart) {
    errors.contractEnd = t.contractEndBeforeStart;
  }
  if (facts.entryDate && facts.exitDate && facts.exitDate < facts.entryDate)
    errors.exitDate = t.exitBeforeEntry;
  if (facts.birthDate) {
    if (facts.birthDate > today) errors.birthDate = t.birthDateInFuture;
    else if (Number(today.slice(0, 4)) - Number(facts.birthDate.slice(0, 4)) > 100)
      errors.birthDate = t.birthDateTooOld;
  }
  if (facts.status === 'dropped_out') {
    if (!facts.dropoutDate) errors.dropoutDate = t.dropoutDateRequired;
    if (!facts.dropoutReason) errors.dropoutReason = t.dropoutReasonRequired;
  } else if (facts.dropoutDate || facts.dropoutReason) {
    errors[facts.dropoutDate ? 'dropoutDate' : 'dropoutReason'] = t.dropoutOnlyWhenDroppedOut;
  }
  const seen = new Set<string>();
  (facts.dispensations ?? []).forEach((d, i) => {
    if (seen.has(d.unitCode)) errors[`dispensations.${i}.unitCode`] = t.duplicateUnit(d.unitCode);
    seen.add(d.unitCode);
  });
  const kept = new Set<string>();
  (facts.keptMarks ?? []).forEach((k, i) => {
    if (k.mark < 10) errors[`keptMarks.${i}.mark`] = t.keptMarkBelowTen;
    if (kept.has(k.unitCode)) errors[`keptMarks.${i}.unitCode`] = t.duplicateUnit(k.unitCode);
    kept.add(k.unitCode);
  });
  return errors;
}

/**
 * Lower case without accents, ligatures spelt out (œ -> oe), so that "Cœur" and "COEUR" or
 * "Élodie" and "elodie" compare equal; what search and duplicate detection compare.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** The key under which two learners are the same person for duplicate detection. */
export function identityKey(surname: string, firstName: string, birthDate: string | null): string {
  // Hyphens, spaces and apostrophes are dropped: "Jean-Pierre" and "Jean Pierre" are one person.
  const fold = (s: string) => foldName(s).replace(/[^a-z0-9]/g, '');
  return `${fold(surname)}|${fold(firstName)}|${birthDate ?? ''}`;
}
