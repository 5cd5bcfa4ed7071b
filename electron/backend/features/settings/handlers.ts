import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index';
import { audit } from '../../audit';
import { folderProblem } from '../../backups/folder';
import { AppError } from '../../errors';
import type { HandlersOf } from '../../handlers';
import type { Settings } from '../../../../shared/api/settings';
import { validateSlotSettings } from '../../../../shared/domain/calendar/half-days';
import { readSettings, writeSettings } from './repository';

declare const __CARNET_VERSION__: string | undefined;
const version = typeof __CARNET_VERSION__ === 'string' ? __CARNET_VERSION__ : 'dev';

/** A chosen backup folder must exist and take a file now, or it is refused at its field. */
function checkBackupFolder(folder: string): void {
  const problem = folderProblem(folder);
  if (problem) throw new AppError('INVALID_INPUT', problem, { 'backups.folder': problem });
}

/** Refuses slots that end before they start or overlap, each message at its field ("slots.morning.end"). */
function checkSlots(slots: Settings['slots']): void {
  const errors = Object.entries(validateSlotSettings(slots));
  if (errors.length === 0) return;
  const fields = Object.fromEntries(errors.map(([field, message]) => [`slots.${field}`, message]));
  throw new AppError('INVALID_INPUT', errors[0]![1], fields);
}

export const settingsHandlers: HandlersOf<'settings.get' | 'settings.update' | 'system.info'> = {
  'settings.get': (_input, { db }) => readSettings(db),

  'settings.update': (changes, { db, user, now }) => {
    if (changes.slots) checkSlots(changes.slots);
    if (changes.backups?.folder) checkBackupFolder(changes.backups.folder);
    writeSettings(db, changes);
    audit(db, { at: now, userId: user?.id ?? null, action: 'settings.update', details: changes });
    return readSettings(db);
  },

  'system.info': (_input, { dataDir }) => ({ version, schemaVersion: LATEST_SCHEMA_VERSION, dataDir }),
};
