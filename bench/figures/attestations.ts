import type { Figure } from '../lib/figure';

/** Built by the documents branch: 30 attestations de fin de formation. */
export const figure: Figure = {
  name: '30 attestations de fin de formation',
  unit: 'ms',
  goal: null,
  phase: 'backend',
  baseline: 'baseline-raw-pdf',
  run: null,
};
