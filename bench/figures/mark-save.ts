import type { Figure } from '../lib/figure';

/** Built by the marks branch: one mark saved over HTTP, 1000 saves, against the raw insert. */
export const figure: Figure = {
  name: 'Enregistrement d’une note (HTTP)',
  unit: 'ms',
  goal: { median: 5, p95: 20 },
  phase: 'serve',
  baseline: 'baseline-sqlite-insert',
  run: null,
};
