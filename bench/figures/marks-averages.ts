import type { Figure } from '../lib/figure';

/** Built by the marks branch: the averages of one group, 30 learners × 40 evaluations. */
export const figure: Figure = {
  name: 'Moyennes d’un groupe (30 × 40 notes)',
  unit: 'ms',
  goal: { median: 5 },
  phase: 'backend',
  run: null,
};
