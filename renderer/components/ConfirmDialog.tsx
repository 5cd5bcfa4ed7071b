import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import { commonFr } from '../../shared/i18n/fr/common';

/** Destructive actions are confirmed in a sentence that says what will happen. */
export function ConfirmDialog({
  text,
  confirmLabel,
  onClose,
}: {
  text: string;
  confirmLabel: string;
  onClose(confirmed: boolean): void;
}) {
  return (
    <Dialog open onClose={() => onClose(false)} maxWidth="xs">
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{commonFr.cancel}</Button>
        <Button color="error" variant="contained" onClick={() => onClose(true)} autoFocus>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
