import Button, { type ButtonProps } from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useState, type ReactNode } from 'react';
import type { FileDownload } from '../../shared/api/fields';
import type { Result } from '../../shared/api/result';
import { saveDownload } from '../files';

/**
 * A button that asks the backend for a file and saves it. Busy while the file is made (a PDF
 * takes a moment); a refusal goes to `onError`, shown where the page shows its errors.
 */
export function DownloadButton({
  label,
  icon,
  fetch,
  onError,
  size,
  variant = 'outlined',
}: {
  label: string;
  icon: ReactNode;
  fetch(): Promise<Result<FileDownload>>;
  onError(message: string | null): void;
  /** To sit among small text buttons (a card's actions). */
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
}) {
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    const result = await fetch();
    setBusy(false);
    if (result.ok) {
      onError(null);
      saveDownload(result.value);
    } else onError(result.error.message);
  }

  return (
    <Button
      variant={variant}
      size={size}
      startIcon={busy ? <CircularProgress size={16} /> : icon}
      disabled={busy}
      onClick={() => void download()}
    >
      {label}
    </Button>
  );
}
