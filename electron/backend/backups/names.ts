import type { BackupKind } from '../../../shared/api/backups';

/**
 * Backup file names: `carnet-<why>-<UTC instant>.sqlite`, French since people see them in their
 * file manager. The name alone says what a file is and when it was taken, so the list survives
 * copies and moves, and rotation never touches a file whose name is not one of these.
 * `carnet-schema<N>-avant-migration-…` is the name db/open.ts gives its pre-migration copy.
 */
const WORDS: Record<Exclude<BackupKind, 'pre-migration'>, string> = {
  start: 'demarrage',
  daily: 'quotidienne',
  manual: 'manuelle',
  'pre-import': 'avant-import',
  'pre-restore': 'avant-restauration',
};
const KIND_OF_WORD = new Map<string, BackupKind>(
  Object.entries(WORDS).map(([kind, word]) => [word, kind as BackupKind]),
);

const NAME =
  /^carnet-(demarrage|quotidienne|manuelle|avant-import|avant-restauration|schema\d+-avant-migration)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

/** A copy being written carries this suffix until it is complete, so a half-written file is never listed. */
export const PARTIAL_SUFFIX = '.partiel';

/** The same stamp db/open.ts writes: the ISO instant with ':' and '.' made file-name safe. */
export function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export function backupName(kind: Exclude<BackupKind, 'pre-migration'>, at: Date): string {
  return `carnet-${WORDS[kind]}-${stamp(at)}.sqlite`;
}

/** What a name says, or null for a file that is not one of Carnet's backups. */
export function parseBackupName(name: string): { kind: BackupKind; at: Date } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const at = new Date(`${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`);
  if (Number.isNaN(at.getTime())) return null;
  return { kind: KIND_OF_WORD.get(m[1]!) ?? 'pre-migration', at };
}

/** A copy of ours left half-written by a crash (see PARTIAL_SUFFIX). */
export function isPartialBackup(name: string): boolean {
  return name.endsWith(PARTIAL_SUFFIX) && parseBackupName(name.slice(0, -PARTIAL_SUFFIX.length)) !== null;
}
