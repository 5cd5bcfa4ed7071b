import type { Db } from '../../db/open';
/** TEMPORARY: replaced by the built-in catalogue loader. */
export function ensureBuiltinProgrammes(_db: Db, _now: Date): void {}
