import type { MarkCode } from '../../shared/domain/marks/mark-input';

/**
 * What the documents world holds (documents-setup.ts), as tables the tests read their expected
 * figures from. Learner k (0-based, alphabetical) takes row k % 6 of each table.
 */

/** Surname, first name: alphabetical (French order), learner k is NAMES[k] up to 8, then "Vasseur-NN". */
export const NAMES: readonly (readonly [string, string])[] = [
  ['Béranger', 'Éloïse'],
  ['Dupont', 'Marie'],
  ['Fabre', 'Noé'],
  ['Lefèvre-Ça', 'Zoé'],
  ['Martin', 'Jérôme'],
  ['Perrot', 'Anaïs'],
  ['Roussel', 'François'],
  ['Sénéchal', 'Maëlle'],
];
export const nameOf = (k: number): readonly [string, string] =>
  NAMES[k] ?? [`Vasseur-${String(k + 1).padStart(2, '0')}`, 'Cédric'];

export const EMPLOYERS = [
  'Crédit Agricole Île-de-France',
  'Boulangerie Lefèvre & Fils',
  'Hôtel Le Méridien Étoile',
  'Décathlon Évry',
  'Café des Arts — Société Bérard',
  'Librairie Œuvres complètes',
] as const;
export const TUTORS = [
  'Hélène Garçon',
  'Jean Dupré',
  'Inès Moreau',
  'Raphaël Noël',
  'Léa Bérard',
  'Zoé Ñúñez',
];

export type Cell = number | MarkCode | undefined;

/** Semestre 1's evaluations: [key, subject, coefficient, scale, date, title, marks of k = 0…5]. */
export const S1_EVALUATIONS = [
  ['cultureHomework', 'culture', 1, 20, '2025-10-06', 'Synthèse de documents', [12, 15, 8, 'ABS', 10, 14]],
  ['cultureEssay', 'culture', 2, 20, '2025-11-17', 'Écriture personnelle', [14, 'ABJ', 11, 16, 10, 'DISP']],
  ['english', 'english', 1, 10, '2025-10-13', 'Compréhension orale', [7.5, 9, 5, 6, 8, 'NN']],
  ['negotiation1', 'negotiation', 2, 20, '2025-10-20', 'Négociation filmée', [13.5, 17, 9, 11, 12, 15]],
  ['negotiation2', 'negotiation', 1, 20, '2025-12-08', 'Étude de cas', [16, 'NN', 10, 14, 'ABS', 12]],
  ['digital', 'digital', 1, 20, '2025-11-24', 'E-réputation', [11, 13, 7, 15, 9, 10]],
] as const satisfies readonly (readonly [
  string,
  SubjectKey,
  number,
  number,
  string,
  string,
  readonly Cell[],
])[];

/** Semestre 2 (open): one negotiation evaluation; learner 0 waits for a mark (NN). */
export const S2_NEGOTIATION: readonly Cell[] = ['NN', 12, 14, 10, 8, 16];

/** Semestre 1's appreciations of culture and negotiation (null: none) and the general one, by k % 6. */
export const CULTURE_APPRECIATIONS = [
  'Très bonne maîtrise de l’écrit ; l’oral gagnerait à être plus structuré.',
  'Travail sérieux, à poursuivre.',
  'Des lacunes en synthèse : méthode à revoir.',
  'Progrès nets depuis octobre.',
  'Résultats corrects, participation à développer.',
  'Dispensée de l’écriture personnelle.',
] as const;
export const NEGOTIATION_APPRECIATIONS = [
  'Excellente négociatrice, à l’aise face au client ; prépare ses entretiens avec rigueur.',
  null,
  'Doit gagner en assurance lors des simulations.',
  null,
  'Absent à l’étude de cas.',
  null,
] as const;
export const GENERAL_APPRECIATIONS = [
  'Éloïse réalise un semestre très satisfaisant : ses résultats sont réguliers dans toutes les matières et son implication en entreprise est saluée par son tuteur. L’équipe pédagogique l’encourage à maintenir cet effort, à soigner l’expression orale en anglais et à préparer dès maintenant le dossier de l’épreuve E4 « Relation client et négociation-vente ».',
  'Bon semestre, l’équipe pédagogique félicite Marie.',
  'Semestre fragile : un entretien est prévu avec le tuteur.',
  'Ensemble satisfaisant, attention à l’assiduité.',
  'Des efforts à fournir en culture générale.',
  null,
] as const;

/**
 * Semestre 1's attendance, each sheet closed: [date, slot, subject, line of k = 0…5]. A line is
 * present unless it says absent, with a justification for absences and lates.
 */
export type Line = {
  presence?: 'absent';
  late?: number;
  justification?: 'pending' | 'justified' | 'unjustified';
};
export const S1_SESSIONS = [
  [
    '2025-10-06',
    'morning',
    'culture',
    [
      { presence: 'absent', justification: 'justified' },
      {},
      {},
      { presence: 'absent', justification: 'justified' },
      {},
      { late: 30, justification: 'pending' },
    ],
  ],
  [
    '2025-10-06',
    'afternoon',
    'negotiation',
    [
      { late: 15, justification: 'unjustified' },
      { presence: 'absent', justification: 'pending' },
      {},
      { presence: 'absent', justification: 'justified' },
      {},
      {},
    ],
  ],
  [
    '2025-10-07',
    'morning',
    'english',
    [
      { presence: 'absent', justification: 'unjustified' },
      { late: 10, justification: 'justified' },
      {},
      {},
      { presence: 'absent', justification: 'unjustified' },
      {},
    ],
  ],
  [
    '2025-11-03',
    'morning',
    'negotiation',
    [
      {},
      { late: 5, justification: 'pending' },
      {},
      {},
      { presence: 'absent', justification: 'unjustified' },
      {},
    ],
  ],
] as const satisfies readonly (readonly [string, 'morning' | 'afternoon', SubjectKey, readonly Line[]])[];
/** Semestre 2: one morning where learner 0 is absent without justification. */
export const S2_SESSION = ['2026-02-09', 'morning', 'negotiation'] as const;

export type SubjectKey =
  'culture' | 'english' | 'economics' | 'negotiation' | 'digital' | 'network' | 'project';
export const UNIT_OF: Record<Exclude<SubjectKey, 'project'>, string> = {
  culture: 'U1',
  english: 'U2',
  economics: 'U3',
  negotiation: 'U4',
  digital: 'U5',
  network: 'U6',
};
