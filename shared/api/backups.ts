import { z } from 'zod';
import { backupsFr } from '../i18n/fr/backups';
import { fileUpload, none } from './fields';
import { method } from './method';

/** Why a copy was made: its name says it, so a copy moved by hand keeps its meaning. */
export const BACKUP_KINDS = [
  'start',
  'daily',
  'manual',
  'pre-migration',
  'pre-import',
  'pre-restore',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** The name of a backup in the folder, never a path: the folder comes from the settings. */
export const backupFileName = z
  .string()
  .max(200)
  .regex(/^carnet-[a-zA-Z0-9-]+\.sqlite$/, { error: backupsFr.fileNameInvalid });

export const backupSchema = z.object({
  file: z.string(),
  /** When it was taken (ISO instant), read from its name. */
  date: z.string(),
  /** In bytes. */
  size: z.number().int(),
  kind: z.enum(BACKUP_KINDS),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupListSchema = z.object({
  /** The folder in use: the setting, or the default beside the data. */
  folder: z.string(),
  /** Newest first. */
  items: z.array(backupSchema),
  /** Why the folder cannot be used right now (a share not mounted), in French; null when it can. */
  folderProblem: z.string().nullable(),
  /** The last automatic backup that failed since Carnet started, if any. */
  lastFailure: z.object({ at: z.string(), message: z.string() }).nullable(),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const restoreResultSchema = z.object({
  /** The backup's name, or the uploaded file's. */
  restoredFrom: z.string(),
  /** The copy of the replaced database, in the backup folder. */
  preRestoreFile: z.string(),
  /** The schema the restored file had, and the one it has now (older ones are brought up to date). */
  migratedFrom: z.number().int(),
  schemaVersion: z.number().int(),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

export const backupsApi = {
  'backups.list': method({
    summary: 'The backups in the backup folder (automatic and manual), newest first.',
    input: none,
    output: backupListSchema,
    access: ['admin'],
  }),
  'backups.create': method({
    summary: 'Writes a backup of the database now (SQLite online backup: consistent while Carnet runs).',
    input: none,
    output: backupSchema,
    access: ['admin'],
  }),
  'backups.restore': method({
    summary:
      'Replaces the database by a backup of the list or an uploaded file, after its integrity and schema checks; the replaced database is kept as a backup. Every session ends.',
    input: z.union([z.object({ file: backupFileName }).strict(), z.object({ upload: fileUpload }).strict()]),
    output: restoreResultSchema,
    access: ['admin'],
  }),
};
