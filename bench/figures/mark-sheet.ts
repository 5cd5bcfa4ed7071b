import type { Figure } from '../lib/figure';

/** Built by the marks branch: the mark sheet of 30 learners × 40 evaluations painted. */
export const figure: Figure = {
  name: 'Feuille de notes 30 × 40 affichée (navigateur)',
  unit: 'ms',
  goal: { median: 150 },
  phase: 'browser',
  run: null,
};
