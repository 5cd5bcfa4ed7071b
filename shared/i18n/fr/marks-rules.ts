import { formatAgainst } from '../../domain/marks/rounding';
import { formatDateLong, formatNumber } from '../../format/fr';

const codes = (list: readonly string[]) => list.join(', ');
const num = (n: number) => formatNumber(n, 2);

/** Refusals and explanations of the marks rules (shared/domain/marks). */
export const marksRulesFr = {
  // ---------------------------------------------------------------- typing a mark in a cell
  aboveScale: (max: number) => `Note supérieure au barème (/${num(max)})`,
  negative: 'Une note ne peut pas être négative.',
  tooManyDecimals: (text: string) => `Deux décimales au plus : « ${text} » (ex. 12,25).`,
  unknownValue: (text: string) =>
    `Valeur non reconnue : « ${text} ». Saisissez une note, ABS, ABJ, DISP ou NN.`,

  // ---------------------------------------------------------------- BTS: refused input
  unknownUnit: (code: string) => `L’épreuve ${code} n’existe pas dans ce programme.`,
  duplicateUnit: (code: string) => `L’épreuve ${code} est renseignée deux fois : gardez une seule ligne.`,
  oneOptionalUnit: (list: readonly string[]) =>
    `Un candidat présente au plus une épreuve facultative (ici ${codes(list)}) : gardez-en une seule.`,
  unitMarkRange: (code: string, mark: number) =>
    `La note de ${code} doit être comprise entre 0 et 20 (saisi : ${num(mark)}).`,
  keptBelowTen: (code: string, mark: number) =>
    `Seule une note d’au moins 10 peut être conservée : ${code} a ${num(mark)}.`,
  keptAfterSession: (code: string, obtainedOn: string) =>
    `La note conservée de ${code} est datée du ${formatDateLong(obtainedOn)}, après la session.`,
  nothingToAssess: 'Toutes les épreuves obligatoires sont dispensées : aucune moyenne ne peut être calculée.',
  resitsNotOpen: (explanation: string) =>
    `L’oral de contrôle est réservé aux candidats dont la moyenne est comprise entre 8 et 10 ` +
    `et dont les unités professionnelles ont au moins 10 de moyenne. ${explanation}`,
  tooManyResits: (count: number) => `Deux épreuves de contrôle au plus (${count} saisies).`,
  resitTwice: (code: string) => `L’épreuve de contrôle de ${code} est saisie deux fois.`,
  resitNotGeneral: (code: string) =>
    `L’oral de contrôle porte sur une unité générale : ${code} n’en est pas une.`,
  resitNotSat: (code: string) => `${code} n’a pas de note à remplacer (dispensée ou non présentée).`,

  // ---------------------------------------------------------------- BTS: decisions
  admitted: (average: number, afterResits: boolean) =>
    `Admis${afterResits ? ' après l’oral de contrôle' : ''} : moyenne ${formatAgainst(average, [10])} ≥ 10`,
  refusedBelowEight: (average: number) => `Ajourné : moyenne ${formatAgainst(average, [8])} < 8`,
  refusedAfterResits: (average: number) =>
    `Ajourné après l’oral de contrôle : moyenne ${formatAgainst(average, [10])} < 10`,
  refusedProfessional: (average: number, professional: number | null) =>
    `Ajourné : moyenne ${formatAgainst(average, [8, 10])} < 10, ` +
    (professional === null
      ? 'aucune unité professionnelle notée (pas d’oral de contrôle)'
      : `unités professionnelles ${formatAgainst(professional, [10])} < 10 (pas d’oral de contrôle)`),
  resitsOpen: (average: number, professional: number) =>
    `Oral de contrôle possible : moyenne ${formatAgainst(average, [8, 10])}, ` +
    `unités professionnelles ${formatAgainst(professional, [10])} ≥ 10`,
  notIssued: (list: readonly string[]) =>
    `Diplôme ne pouvant être délivré : absence sans motif reconnu à ${codes(list)}`,
  incomplete: (missing: readonly string[]) => `Décision impossible : note manquante pour ${codes(missing)}`,

  // ---------------------------------------------------------------- BTS: notes under a decision
  optionalPoints: (code: string, mark: number, points: number) =>
    `Épreuve facultative ${code} : ${num(mark)}, seuls les points au-dessus de 10 comptent (+${num(points)} points).`,
  exempted: (code: string) => `${code} dispensée : retirée du calcul de la moyenne (règle supposée).`,
  forceMajeure: (code: string) => `${code} : absence pour force majeure, comptée 0.`,
  keptExpired: (code: string, obtainedOn: string, validUntil: string) =>
    `La note conservée de ${code} (obtenue le ${formatDateLong(obtainedOn)}) n’était valable que jusqu’au ` +
    `${formatDateLong(validUntil)} : l’épreuve doit être repassée.`,
  resitApplied: (code: string, before: number, resit: number) =>
    resit > before
      ? `${code} : la note de l’oral de contrôle (${num(resit)}) remplace ${num(before)}.`
      : `${code} : la note de l’oral de contrôle (${num(resit)}) ne dépasse pas ${num(before)}, ${num(before)} est gardé.`,
};
