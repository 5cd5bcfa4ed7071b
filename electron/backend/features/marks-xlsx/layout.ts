/**
 * Where things are in an exported mark workbook, shared by the writer and the reader. A data
 * worksheet per subject: a title, a hidden row of evaluation ids, the evaluations' title, date,
 * coefficient and scale, then one row per learner with the learner's id in a hidden first
 * column. A very hidden worksheet keeps the export's time and each cell as it was exported
 * (its value and when it last changed), to tell a change in the file from one made in Carnet.
 */

export const FORMAT = 'carnet-notes/1';
export const META_SHEET = 'carnet';
/** In A2 of every data worksheet: the row of evaluation ids. */
export const IDS_MARKER = 'carnet:evaluations';

export const ROW = {
  title: 1,
  ids: 2,
  titles: 3,
  dates: 4,
  coefficients: 5,
  scales: 6,
  firstLearner: 7,
} as const;
export const COL = { id: 1, surname: 2, firstName: 3, firstEvaluation: 4 } as const;

/** Meta sheet: key/value lines, then the baseline table under its header. */
export const META_ROW = {
  format: 1,
  exportedAt: 2,
  groupId: 3,
  periodId: 4,
  header: 5,
  firstCell: 6,
} as const;

/** A sheet of 40 evaluations × 35 learners holds 1 400 cells; a group's year, a few thousand. */
export const MAX_CELLS = 50_000;

/** The value of a cell at export: the text the mark sheet shows ("12,5", "ABS", "") and when it last changed. */
export interface BaselineCell {
  evaluationId: number;
  learnerId: number;
  value: string;
  /** null for a cell that was empty. */
  updatedAt: string | null;
}

export const cellKey = (evaluationId: number, learnerId: number) => `${evaluationId}:${learnerId}`;
