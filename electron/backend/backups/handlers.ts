import type { Backup } from '../../../shared/api/backups';
import { backupsFr as t } from '../../../shared/i18n/fr/backups';
import { auditCall } from '../audit';
import type { StageContext } from '../context';
import { AppError } from '../errors';
import { staged, type HandlersOf } from '../handlers';
import type { RestoreCandidate } from './candidate';
import type { Backups } from './service';

function backupsOf(stage: StageContext): Backups {
  if (!stage.backups) throw new AppError('UNAVAILABLE', t.noDatabaseFile);
  return stage.backups;
}

/**
 * Backups are file work around the database, so all three methods are staged:
 * - create copies in `before` (the online backup is asynchronous) and records it in `run`;
 * - restore checks the chosen file in `before`, into a staging copy, without touching the live
 *   database; `run` has nothing to write (anything written there would be replaced); `after`
 *   swaps the files once every other call has finished (backups/restore.ts) and records the
 *   restore in the restored database.
 */
export const backupsHandlers: HandlersOf<'backups.list' | 'backups.create' | 'backups.restore'> = {
  'backups.list': staged<'backups.list', Backups>({
    before: async (_input, stage) => backupsOf(stage),
    run: (_input, ctx, backups) => backups.list(ctx.db),
  }),

  'backups.create': staged<'backups.create', Backup, Backup>({
    before: (_input, stage) => backupsOf(stage).snapshot('manual'),
    run: (_input, ctx, backup) => {
      auditCall(ctx, 'backups.create', `backup:${backup.file}`, { size: backup.size });
      return backup;
    },
  }),

  'backups.restore': staged<'backups.restore', RestoreCandidate, RestoreCandidate>({
    before: async (input, stage) => backupsOf(stage).prepareRestore(input),
    run: (_input, _ctx, candidate) => candidate,
    after: (candidate, _input, stage) => backupsOf(stage).restore(candidate, stage.user),
  }),
};
