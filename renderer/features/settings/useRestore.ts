import { useState } from 'react';
import type { RestoreResult } from '../../../shared/api/backups';
import { backupsFr as t } from '../../../shared/i18n/fr/backups';
import { call } from '../../api';
import { readUpload } from '../../files';

/** What is about to be restored: a backup of the list, or a file picked on this computer. */
export type RestoreChoice = { kind: 'file'; file: string } | { kind: 'upload'; file: File };

const UPLOAD_LIMIT = 5 * 1024 * 1024;

/** The restore flow: a choice to confirm, the call, and its French outcome. */
export function useRestore() {
  const [choice, setChoice] = useState<RestoreChoice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<RestoreResult | null>(null);

  function choose(next: RestoreChoice) {
    setError(null);
    if (next.kind === 'upload' && next.file.size > UPLOAD_LIMIT) {
      setError(t.uploadTooLarge(t.size(next.file.size)));
      return;
    }
    setChoice(next);
  }

  async function confirm(confirmed: boolean) {
    const chosen = choice;
    setChoice(null);
    if (!confirmed || !chosen) return;
    setBusy(true);
    const input = chosen.kind === 'file' ? { file: chosen.file } : { upload: await readUpload(chosen.file) };
    const result = await call('backups.restore', input);
    setBusy(false);
    if (result.ok) setDone(result.value);
    else setError(result.error.message);
  }

  const chosenName = choice ? (choice.kind === 'file' ? choice.file : choice.file.name) : null;
  return { choice, chosenName, busy, error, done, choose, confirm, clearError: () => setError(null) };
}
