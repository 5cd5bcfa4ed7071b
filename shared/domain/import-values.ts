import type { AccessRoute } from '../api/learners';
import { ACCESS_ROUTES, FUNDINGS } from '../api/learners';
import { CONTRACT_TYPES } from '../api/trainers';
import { importValueFr as t } from '../i18n/fr/imports';
import { accessRouteLabelsFr, fundingLabelsFr } from '../i18n/fr/learners';
import { contractTypeLabelsFr } from '../i18n/fr/trainers';

/**
 * Pure parsing of the cells of an imported file, as people type them in French spreadsheets:
 * "12/03/2004", "Contrat d’apprentissage", "oui". Each parser takes the cell's text and returns
 * the contract's value (null for an empty cell) or a French message naming what is expected.
 */

export type Funding = (typeof FUNDINGS)[number];
export type ContractType = (typeof CONTRACT_TYPES)[number];
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refused = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** Lower case, no accents, every run of other characters one space: what the word lists hold. */
export function foldWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, once its fictitious 29 February 1900 is accounted for. */
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Serial numbers read as dates: 1910-01-01 to 2100-12-31; a bare "2004" is a year, not a date. */
const SERIAL_MIN = 3654;
const SERIAL_MAX = 73415;

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** An Excel serial day number as ISO "AAAA-MM-JJ" (the time of day, if any, is dropped). */
export function excelSerialToIso(serial: number, date1904 = false): string {
  const days = Math.floor(serial + 1e-9);
  const epoch = date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900;
  // Serials 1..59 precede Excel's phantom 29/02/1900 and count from the day before.
  const shift = !date1904 && days < 60 ? 1 : 0;
  return new Date(epoch + (days + shift) * DAY_MS).toISOString().slice(0, 10);
}

/** ISO "AAAA-MM-JJ" as an Excel serial day number (1900 system). */
export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_1900) / DAY_MS);
}

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1,
  fevrier: 2, fevr: 2, fev: 2,
  mars: 3, mar: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7,
  aout: 8,
  septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  decembre: 12, dec: 12,
}; // prettier-ignore

/**
 * A date as French files write it: 12/03/2004, 12-03-2004, 12.03.2004, 12 mars 2004, ISO
 * 2004-03-12 (a time after it is ignored) or an Excel serial number. Two-digit years are refused:
 * "04" could be 1904 or 2004.
 */
export function parseFrenchDate(input: string): Parsed<string | null> {
  const text = input.trim();
  if (!text) return ok(null);
  let m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(text);
  if (m) return orRefused(isoOf(Number(m[4]), Number(m[3]), Number(m[1])), text);
  m =
    /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (m) return orRefused(isoOf(Number(m[1]), Number(m[3]), Number(m[4])), text);
  if (/^\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2}$/.test(text)) return refused(t.twoDigitYear(text));
  m = /^(\d{1,2})(?:er)? ([a-z]+) (\d{4})$/.exec(foldWord(text));
  if (m && MONTHS[m[2]!] !== undefined)
    return orRefused(isoOf(Number(m[3]), MONTHS[m[2]!]!, Number(m[1])), text);
  if (/^\d+([.,]\d+)?$/.test(text)) {
    const serial = Number(text.replace(',', '.'));
    if (serial >= SERIAL_MIN && serial <= SERIAL_MAX) return ok(excelSerialToIso(serial));
  }
  return refused(t.date(text));
}

function orRefused(iso: string | null, text: string): Parsed<string | null> {
  return iso ? ok(iso) : refused(t.date(text));
}

// ---------------------------------------------------------------- word lists

/** What people write for each access route, beside the label; also listed in the template's help. */
export const ACCESS_ROUTE_VARIANTS: Record<AccessRoute, readonly string[]> = {
  apprenticeship: ['apprenti', 'apprentie', 'contrat d’apprentissage', 'alternance (apprentissage)'],
  professionalisation: ['pro', 'contrat pro', 'professionnalisation', 'alternance (professionnalisation)'],
  initial_alternating: ['initiale alternée', 'formation initiale', 'initiale', 'statut scolaire', 'étudiant'],
  pro_formula: ['formule professionnelle', 'formation continue', 'Formule pro (CPF)'],
  vae: ['validation des acquis de l’expérience'],
};

export const FUNDING_VARIANTS: Record<Funding, readonly string[]> = {
  cpf: ['compte personnel de formation', 'mon compte formation'],
  skills_plan: ['PDC', 'plan de formation', 'plan de développement'],
  cpf_transition: ['CPF transition', 'transition pro', 'PTP', 'projet de transition professionnelle'],
  pro_a: ['ProA', 'reconversion ou promotion par alternance'],
  csp: ['contrat de sécurisation professionnelle'],
};

export const CONTRACT_TYPE_VARIANTS: Record<ContractType, readonly string[]> = {
  employee: ['salariée', 'CDI', 'CDD', 'permanent', 'interne'],
  temporary: ['vacation', 'vacataires', 'intervenant vacataire'],
  freelance: [
    'indépendante',
    'auto-entrepreneur',
    'micro-entrepreneur',
    'freelance',
    'prestataire',
    'consultant',
  ],
};

function dictionary<K extends string>(
  keys: readonly K[],
  labels: Record<K, string>,
  variants: Record<K, readonly string[]>,
): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of keys) {
    for (const word of [key, labels[key], ...variants[key]])
      map.set(foldWord(word.replace(/\(.*\)/, '')), key);
  }
  return map;
}

const routes = dictionary(ACCESS_ROUTES, accessRouteLabelsFr, ACCESS_ROUTE_VARIANTS);
routes.set(foldWord('contrat de professionalisation'), 'professionalisation');
routes.set(foldWord('initial alterné'), 'initial_alternating');
const fundings = dictionary(FUNDINGS, fundingLabelsFr, FUNDING_VARIANTS);
const contracts = dictionary(CONTRACT_TYPES, contractTypeLabelsFr, CONTRACT_TYPE_VARIANTS);

const choices = (labels: Record<string, string>) => Object.values(labels).join(', ');

/** "Formule pro" and its funding may share the cell: "Formule pro (CPF)", or just "CPF". */
export function parseAccessRoute(
  input: string,
): Parsed<{ route: AccessRoute; funding: Funding | null } | null> {
  const text = input.trim();
  if (!text) return ok(null);
  const word = foldWord(text);
  const route = routes.get(word);
  if (route) return ok({ route, funding: null });
  const funding = fundings.get(word);
  if (funding) return ok({ route: 'pro_formula', funding });
  const pro = /^formule (?:pro|professionnelle) (.+)$/.exec(word);
  const named = pro ? fundings.get(pro[1]!) : undefined;
  if (named) return ok({ route: 'pro_formula', funding: named });
  return refused(t.accessRoute(text, choices(accessRouteLabelsFr)));
}

export function parseFunding(input: string): Parsed<Funding | null> {
  const text = input.trim();
  if (!text) return ok(null);
  const funding = fundings.get(foldWord(text));
  return funding ? ok(funding) : refused(t.funding(text, choices(fundingLabelsFr)));
}

export function parseContractType(input: string): Parsed<ContractType | null> {
  const text = input.trim();
  if (!text) return ok(null);
  const type = contracts.get(foldWord(text));
  return type ? ok(type) : refused(t.contractType(text, choices(contractTypeLabelsFr)));
}

const YES = new Set(['oui', 'o', 'x', '1', 'vrai', 'true', 'yes', 'y']);
const NO = new Set(['non', 'n', '0', 'faux', 'false', 'no']);

/** An empty cell is "no": a column of crosses marks only the yeses. */
export function parseBoolean(input: string): Parsed<boolean> {
  const text = input.trim();
  const word = foldWord(text);
  if (!text || NO.has(word)) return ok(false);
  if (YES.has(word)) return ok(true);
  return refused(t.boolean(text));
}
