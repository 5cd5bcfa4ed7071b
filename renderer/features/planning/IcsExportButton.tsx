import EventIcon from '@mui/icons-material/Event';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ICS_VIEWS } from '../../../shared/api/planning';
import { call } from '../../api';
import { saveDownload } from '../../files';

/**
 * Downloads the .ics calendar of a group, trainer, room or learner over its default period
 * (the backend picks it). A refusal goes to `onError`, shown where the page shows its errors.
 */
export function IcsExportButton({
  view,
  id,
  label,
  onError,
}: {
  view: (typeof ICS_VIEWS)[number];
  id: number;
  label: string;
  onError(message: string | null): void;
}) {
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    const result = await call('planning.exportIcs', { view, id });
    setBusy(false);
    if (result.ok) {
      onError(null);
      saveDownload(result.value);
    } else onError(result.error.message);
  }

  return (
    <Button variant="outlined" startIcon={<EventIcon />} disabled={busy} onClick={() => void download()}>
      {label}
    </Button>
  );
}
