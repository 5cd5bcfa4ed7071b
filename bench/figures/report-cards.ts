import type { Figure } from '../lib/figure';

/** Built by the documents branch: 30 report cards in one PDF, against the raw 30-page PDF. */
export const figure: Figure = {
  name: '30 bulletins en un PDF',
  unit: 'ms',
  goal: { median: 500 },
  phase: 'backend',
  baseline: 'baseline-raw-pdf',
  run: null,
};
