import ndrc from '../../../../resources/programmes/bts-ndrc.json';
import nrc from '../../../../resources/programmes/bts-nrc.json';
import { programmeContentSchema, type ProgrammeContent } from '../../../../shared/api/programmes';
import type { Db } from '../../db/open';
import { programmeContentIssues } from '../../../../shared/domain/programme-rules';
import { insertProgramme, programmeIdByCode } from './repository';

/**
 * Checks a built-in programme's JSON with the contract's schema and the content rules, so a
 * bad edit of resources/programmes/*.json fails loudly (tests, first start) instead of
 * shipping an inconsistent référentiel.
 */
export function parseBuiltinProgramme(name: string, raw: unknown): ProgrammeContent {
  const parsed = programmeContentSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`built-in programme ${name} is invalid: ${parsed.error.message}`);
  const issues = programmeContentIssues(parsed.data);
  if (Object.keys(issues).length > 0) {
    throw new Error(`built-in programme ${name} is inconsistent: ${JSON.stringify(issues)}`);
  }
  return parsed.data;
}

/** The programmes shipped with Carnet, in the order they are listed. */
export const BUILTIN_PROGRAMMES: readonly ProgrammeContent[] = [
  parseBuiltinProgramme('bts-ndrc.json', ndrc),
  parseBuiltinProgramme('bts-nrc.json', nrc),
];

/**
 * Inserts each built-in programme whose code is missing: on first start, and on upgrade when a
 * version ships a new one. Existing rows are left alone (cohorts may follow them). Not audited:
 * no one did it. Runs inside the caller's transaction.
 */
export function ensureBuiltinProgrammes(db: Db, now: Date): void {
  for (const programme of BUILTIN_PROGRAMMES) {
    if (programmeIdByCode(db, programme.code) !== null) continue;
    insertProgramme(db, programme, { builtin: true, basedOnId: null }, now);
  }
}
