/**
 * File names of issued documents. Accents are stripped from names: a ZIP's entries are read by
 * Windows' built-in extractor and by funders' upload portals, several of which mangle or refuse
 * anything but ASCII in a file name ("BÃ©ranger"). The documents themselves keep every accent.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' };

/** "Lefèvre-Ça" → "Lefevre-Ca", "Œillet" → "OEillet". */
export function withoutAccents(text: string): string {
  return text
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** `NOM_Prenom_S1` (before safeFileName): surname in capitals, first name as written. */
export function learnerFileBase(surname: string, firstName: string, suffix: string | null): string {
  const parts = [withoutAccents(surname).toUpperCase(), withoutAccents(firstName)];
  if (suffix) parts.push(suffix);
  return parts.join('_');
}

/**
 * The names made unique, case aside (Windows): two Marie Dupont in a group give
 * "DUPONT_Marie_S1.pdf" and "DUPONT_Marie_S1_2.pdf".
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}_${n}${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
