import type { Evaluation } from '../../../shared/api/marks';
import { type DisplayRounding, roundForDisplay } from '../../../shared/domain/marks';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import type { SheetLearner } from './sheet-state';

/** As every list of Carnet names a learner: surname in capitals first. */
export function learnerName(learner: Pick<SheetLearner, 'surname' | 'firstName'>): string {
  return `${learner.surname.toLocaleUpperCase('fr-FR')} ${learner.firstName}`;
}

/** A statistic or an average as shown (the display rounding of Paramètres), "—" when there is none. */
export function shown(value: number | null | undefined, rounding: DisplayRounding): string {
  return value === null || value === undefined ? t.none : roundForDisplay(value, rounding);
}

/** The column's name, as the history and the paste preview say it. */
export function evaluationName(evaluation: Pick<Evaluation, 'title'>): string {
  return evaluation.title;
}

/** The HTML ids of a cell and of its description (what is wrong with it, or its save state). */
export function cellId(gridId: string, row: number, col: number): string {
  return `${gridId}-c${row}-${col}`;
}
export function cellDescriptionId(gridId: string, row: number, col: number): string {
  return `${gridId}-d${row}-${col}`;
}
