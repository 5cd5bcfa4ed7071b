import { marksFr as t } from '../../../../shared/i18n/fr/marks';
import { notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { markHistory } from './marks-repository';
import { learnerName } from './repository';

/** Every change to a cell, or to all of a learner's cells: read by everyone, like the sheet. */
export const historyHandlers: HandlersOf<'marks.history'> = {
  'marks.history': ({ learnerId, evaluationId }, { db }) => {
    if (learnerName(db, learnerId) === null) throw notFound(t.learnerNotFound);
    return markHistory(db, learnerId, evaluationId ?? null).map(({ changedById, changedByName, ...row }) => ({
      ...row,
      changedBy: { id: changedById, name: changedByName },
    }));
  },
};
