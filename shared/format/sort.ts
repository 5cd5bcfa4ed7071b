/**
 * French alphabetical order for people's names: accents and case do not count ("Bérard" comes
 * before "Besnard"), numbers compare as numbers. SQLite's own ordering compares bytes, so lists of
 * people are sorted with this after they are read.
 */
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export const compareFrench = (a: string, b: string): number => collator.compare(a, b);

export function byPersonName<T extends { surname: string; firstName: string }>(a: T, b: T): number {
  return collator.compare(a.surname, b.surname) || collator.compare(a.firstName, b.firstName);
}
