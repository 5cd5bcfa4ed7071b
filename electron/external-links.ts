/**
 * The only sites the desktop app opens in the user's browser (Electron's security checklist,
 * item 15: shell.openExternal never with an untrusted URL): official sources the screens refer
 * to. Exact https origins; anything else is simply not opened.
 */
export const EXTERNAL_ORIGINS: readonly string[] = [
  'https://www.education.gouv.fr', // school-holiday calendars (ICS files of each zone)
  'https://www.data.gouv.fr',
  'https://www.legifrance.gouv.fr', // Code du travail, Code de l'éducation
  'https://www.francecompetences.fr', // RNCP records of the programmes
];

export function isAllowedExternal(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      !parsed.username &&
      !parsed.password &&
      EXTERNAL_ORIGINS.includes(parsed.origin)
    );
  } catch {
    return false;
  }
}
