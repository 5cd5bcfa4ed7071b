import type { HandlersOf } from '../../handlers';
import { requireUser } from '../../context';
import { readSettings } from '../settings/repository';
import { coefficientsHandlers } from './coefficients';
import { evaluationsHandlers } from './evaluations';
import { historyHandlers } from './history';
import { periodsHandlers } from './periods';
import { saveHandlers } from './save';
import { buildSheet, loadSheetFacts } from './sheet';
import { teachingHandlers } from './teaching-handlers';

/** Marks (shared/api/marks.ts): periods, teaching, coefficients, evaluations, the mark sheet and its cells. */
export const marksHandlers: HandlersOf<
  | 'periods.list'
  | 'periods.generate'
  | 'periods.update'
  | 'periods.close'
  | 'periods.reopen'
  | 'teaching.list'
  | 'teaching.set'
  | 'coefficients.get'
  | 'coefficients.set'
  | 'evaluations.list'
  | 'evaluations.create'
  | 'evaluations.update'
  | 'evaluations.delete'
  | 'markSheet.get'
  | 'marks.save'
  | 'marks.saveMany'
  | 'marks.history'
> = {
  ...periodsHandlers,
  ...teachingHandlers,
  ...coefficientsHandlers,
  ...evaluationsHandlers,
  'markSheet.get': ({ groupId, subjectId, periodId }, ctx) =>
    buildSheet(
      ctx.db,
      requireUser(ctx),
      loadSheetFacts(ctx.db, groupId, subjectId, periodId),
      readSettings(ctx.db).marks,
    ),
  ...saveHandlers,
  ...historyHandlers,
};
