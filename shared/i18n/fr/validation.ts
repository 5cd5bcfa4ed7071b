/** Messages for schema checks at the boundary, phrased for the person filling the form. */
export const validationFr = {
  required: 'Ce champ est obligatoire.',
  expectedText: 'Un texte est attendu ici.',
  expectedNumber: 'Un nombre est attendu ici.',
  expectedInteger: 'Un nombre entier est attendu ici.',
  expectedBoolean: 'Oui ou non est attendu ici.',
  expectedList: 'Une liste est attendue ici.',
  expectedObject: 'Des données structurées sont attendues ici.',
  invalidChoice: (choices: string) => `Choisissez une valeur parmi : ${choices}.`,
  tooShortText: (min: number) =>
    min <= 1 ? 'Ce champ ne peut pas être vide.' : `${min} caractères au moins.`,
  tooLongText: (max: number) => `${max} caractères au plus.`,
  tooSmallNumber: (min: number | bigint, inclusive: boolean) =>
    inclusive ? `La valeur doit être au moins ${min}.` : `La valeur doit être supérieure à ${min}.`,
  tooBigNumber: (max: number | bigint, inclusive: boolean) =>
    inclusive ? `La valeur doit être au plus ${max}.` : `La valeur doit être inférieure à ${max}.`,
  tooFewItems: (min: number | bigint) => `${min} élément(s) au moins.`,
  tooManyItems: (max: number | bigint) => `${max} élément(s) au plus.`,
  invalidFormat: 'Le format n’est pas valide.',
  invalidEmail: 'L’adresse e-mail n’est pas valide.',
  invalidDate: 'La date n’est pas valide (attendu : AAAA-MM-JJ).',
  invalidPhone:
    'Le numéro de téléphone ne peut contenir que des chiffres, espaces, +, points, tirets et parenthèses.',
  unknownField: (keys: string) => `Champ inconnu : ${keys}.`,
  invalidValue: 'Cette valeur n’est pas acceptée.',
  summary: 'Certains champs ne sont pas valides.',
} as const;
