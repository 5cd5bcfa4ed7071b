import type { ImportKind } from '../api/imports';

/** One field an import can fill, with the column titles that usually carry it in French files. */
export interface ImportField {
  key: string;
  /** Column title in the template and label in the mapping screen. */
  label: string;
  required: boolean;
  /** Lower-case, accent-free titles recognised when guessing the mapping. */
  aliases: readonly string[];
}

const learnerFields: readonly ImportField[] = [
  {
    key: 'surname',
    label: 'Nom',
    required: true,
    aliases: [
      'nom',
      'nom de famille',
      'nom usage',
      'nom d usage',
      'nom de naissance',
      'nom apprenant',
      'nom de l apprenant',
      'nom stagiaire',
    ],
  },
  {
    key: 'firstName',
    label: 'Prénom',
    required: true,
    aliases: ['prenom', 'prenoms', 'prenom s', 'premier prenom', 'prenom apprenant', 'prenom de l apprenant'],
  },
  {
    key: 'birthDate',
    label: 'Date de naissance',
    required: false,
    aliases: ['date de naissance', 'naissance', 'ne le', 'nee le', 'ne e le', 'date naissance', 'ddn'],
  },
  {
    key: 'email',
    label: 'E-mail',
    required: false,
    aliases: ['email', 'e mail', 'mail', 'courriel', 'adresse mail', 'adresse e mail'],
  },
  {
    key: 'phone',
    label: 'Téléphone',
    required: false,
    aliases: ['telephone', 'tel', 'portable', 'mobile', 'numero de telephone'],
  },
  { key: 'address', label: 'Adresse', required: false, aliases: ['adresse', 'adresse postale'] },
  {
    key: 'accessRoute',
    label: 'Voie d’accès',
    required: true,
    aliases: [
      'voie d acces',
      'voie',
      'statut',
      'type de contrat',
      'dispositif',
      'parcours',
      'type de parcours',
      'regime',
      'modalite',
    ],
  },
  {
    key: 'funding',
    label: 'Financement',
    required: false,
    aliases: ['financement', 'financeur', 'mode de financement'],
  },
  {
    key: 'employerName',
    label: 'Entreprise',
    required: false,
    aliases: ['entreprise', 'employeur', 'societe', 'raison sociale', 'entreprise d accueil'],
  },
  {
    key: 'employerAddress',
    label: 'Adresse de l’entreprise',
    required: false,
    aliases: ['adresse entreprise', 'adresse de l entreprise', 'adresse employeur'],
  },
  {
    key: 'employerSiret',
    label: 'SIRET',
    required: false,
    aliases: [
      'siret',
      'n siret',
      'numero siret',
      'n de siret',
      'numero de siret',
      'siret entreprise',
      'siret employeur',
    ],
  },
  {
    key: 'tutorName',
    label: 'Tuteur',
    required: false,
    aliases: ['tuteur', 'maitre d apprentissage', 'nom du tuteur', 'tuteur entreprise', 'nom tuteur'],
  },
  {
    key: 'tutorEmail',
    label: 'E-mail du tuteur',
    required: false,
    aliases: [
      'email tuteur',
      'e mail tuteur',
      'mail tuteur',
      'courriel tuteur',
      'e mail du tuteur',
      'email du tuteur',
      'courriel du tuteur',
    ],
  },
  {
    key: 'tutorPhone',
    label: 'Téléphone du tuteur',
    required: false,
    aliases: ['telephone tuteur', 'tel tuteur', 'telephone du tuteur', 'tel du tuteur'],
  },
  {
    key: 'contractStart',
    label: 'Début du contrat',
    required: false,
    aliases: [
      'debut du contrat',
      'debut contrat',
      'date debut contrat',
      'date de debut du contrat',
      'date de debut de contrat',
    ],
  },
  {
    key: 'contractEnd',
    label: 'Fin du contrat',
    required: false,
    aliases: [
      'fin du contrat',
      'fin contrat',
      'date fin contrat',
      'date de fin du contrat',
      'date de fin de contrat',
    ],
  },
  {
    key: 'foreignStudent',
    label: 'Étudiant étranger',
    required: false,
    aliases: ['etudiant etranger', 'etranger'],
  },
  {
    key: 'entryDate',
    label: 'Date d’entrée',
    required: false,
    aliases: [
      'date d entree',
      'entree',
      'date entree en formation',
      'date d entree en formation',
      'date entree',
    ],
  },
];

const trainerFields: readonly ImportField[] = [
  { key: 'surname', label: 'Nom', required: true, aliases: ['nom', 'nom de famille'] },
  { key: 'firstName', label: 'Prénom', required: true, aliases: ['prenom'] },
  { key: 'email', label: 'E-mail', required: false, aliases: ['email', 'e mail', 'mail', 'courriel'] },
  { key: 'phone', label: 'Téléphone', required: false, aliases: ['telephone', 'tel', 'portable', 'mobile'] },
  {
    key: 'contractType',
    label: 'Type de contrat',
    required: true,
    aliases: ['type de contrat', 'contrat', 'statut', 'type contrat'],
  },
];

export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  learners: learnerFields,
  trainers: trainerFields,
};

/** A column title reduced to what the aliases list: lower case, no accents, words split on anything else. */
export function normalizeHeader(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Guesses which column feeds each field from the titles; a column serves one field at most. */
export function guessMapping(kind: ImportKind, headers: readonly string[]): Record<string, number | null> {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: Record<string, number | null> = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const index = normalized.findIndex((h, i) => !used.has(i) && field.aliases.includes(h));
    mapping[field.key] = index >= 0 ? index : null;
    if (index >= 0) used.add(index);
  }
  return mapping;
}
