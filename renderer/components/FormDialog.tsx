import Alert from '@mui/material/Alert';
import Button, { type ButtonProps } from '@mui/material/Button';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { FormEvent, ReactNode } from 'react';
import { commonFr } from '../../shared/i18n/fr/common';

/**
 * The dialogs that ask for a few fields and send them: a form (Enter submits, the page never
 * reloads), the title as the dialog's accessible name, an optional sentence, the refusal's
 * message above the fields, then Annuler and the submit button (disabled while the call runs).
 * Esc and a click outside cancel, as Annuler does.
 */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  busy,
  error,
  submitLabel = commonFr.save,
  submitColor,
  submitDisabled = false,
  intro,
  maxWidth = 'xs',
  children,
}: {
  title: string;
  /** Annuler, Esc or a click outside. */
  onClose(): void;
  /** Called once the browser's own submission is prevented. */
  onSubmit(event: FormEvent<HTMLFormElement>): void | Promise<void>;
  /** A call is running: the submit button is disabled. */
  busy: boolean;
  /** The refusal's sentence, shown above the fields; null shows nothing. */
  error: string | null;
  submitLabel?: string;
  submitColor?: ButtonProps['color'];
  /** Nothing to send yet (no choice made, no target): the submit button is disabled. */
  submitDisabled?: boolean;
  /** A sentence under the title that says what the dialog does. */
  intro?: string;
  maxWidth?: DialogProps['maxWidth'];
  /** The fields. */
  children: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void onSubmit(event);
  }

  return (
    <Dialog open onClose={() => onClose()} fullWidth maxWidth={maxWidth}>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {intro && <DialogContentText>{intro}</DialogContentText>}
            {error && <Alert severity="error">{error}</Alert>}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose()}>{commonFr.cancel}</Button>
          <Button type="submit" variant="contained" color={submitColor} disabled={busy || submitDisabled}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
