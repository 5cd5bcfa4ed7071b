import type { Figure } from '../lib/figure';

/** Built by the attendance branch: a whole half-day's sheet recorded in one call. */
export const figure: Figure = {
  name: 'Enregistrement d’une feuille d’émargement complète',
  unit: 'ms',
  goal: { median: 50 },
  phase: 'backend',
  run: null,
};
