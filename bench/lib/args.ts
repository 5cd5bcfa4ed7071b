import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATOR_VERSION, SEED_FILE } from '../seed/centre';
import type { SeedInfo } from '../seed/seed';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
/** Where `npm run bench` seeds when no --data is given: ignored by git, ESLint and Prettier. */
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, '.scratch', 'bench-data');

export function dataDirFromArgs(argv: readonly string[]): string {
  const { values } = parseArgs({ args: [...argv], options: { data: { type: 'string' } }, strict: true });
  return path.resolve(values.data ?? DEFAULT_DATA_DIR);
}

/** The seed's record of a directory it finished writing with this generator, or null. */
export function readSeedInfo(dir: string): SeedInfo | null {
  const file = path.join(dir, SEED_FILE);
  if (!existsSync(file)) return null;
  const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<SeedInfo>;
  return info.complete === true && info.generatorVersion === GENERATOR_VERSION ? (info as SeedInfo) : null;
}
