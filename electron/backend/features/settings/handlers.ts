import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index';
import { audit } from '../../audit';
import type { HandlersOf } from '../../handlers';
import { readSettings, writeSettings } from './repository';

declare const __CARNET_VERSION__: string | undefined;
const version = typeof __CARNET_VERSION__ === 'string' ? __CARNET_VERSION__ : 'dev';

export const settingsHandlers: HandlersOf<'settings.get' | 'settings.update' | 'system.info'> = {
  'settings.get': (_input, { db }) => readSettings(db),

  'settings.update': (changes, { db, user, now }) => {
    writeSettings(db, changes);
    audit(db, { at: now, userId: user?.id ?? null, action: 'settings.update', details: changes });
    return readSettings(db);
  },

  'system.info': (_input, { dataDir }) => ({ version, schemaVersion: LATEST_SCHEMA_VERSION, dataDir }),
};
