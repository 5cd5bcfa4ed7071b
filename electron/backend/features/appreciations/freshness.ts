import { STALE_FIELD } from '../../../../shared/api/versions';
import { concurrencyMarksFr as t } from '../../../../shared/i18n/fr/concurrency-marks';
import { assertFresh } from '../../concurrency/version';
import type { Db } from '../../db/open';
import { learnerName } from '../averages/repository';
import type { WriteTarget } from './access';
import { type AppreciationKey, lastAppreciationChange, type StoredAppreciation } from './repository';

/**
 * Refuses an appreciation saved from a stale read (shared/api/versions.ts: null = read empty),
 * with its current text and who wrote it. The caller has already let through a save that asks
 * for the text already there: nothing would be written.
 */
export function assertAppreciationFresh(
  db: Db,
  key: AppreciationKey,
  target: WriteTarget,
  current: StoredAppreciation | null,
  expected: string | null | undefined,
): void {
  assertFresh(
    current?.updatedAt ?? null,
    expected,
    () => {
      const learner = learnerName(db, key.learnerId)!;
      const about = target.subject
        ? t.appreciationOfSubject(learner, target.subject.name)
        : t.generalAppreciationOf(learner);
      return t.staleAppreciation(about, lastAppreciationChange(db, key), current?.text ?? '');
    },
    STALE_FIELD,
  );
}
