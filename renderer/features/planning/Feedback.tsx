import Alert, { type AlertColor } from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export interface FeedbackMessage {
  severity: AlertColor;
  text: string;
}

/**
 * What the last change did, at the bottom of the screen: a refusal and warnings stay until
 * dismissed (they must be read), a plain success fades away.
 */
export function Feedback({ message, onClose }: { message: FeedbackMessage | null; onClose(): void }) {
  return (
    <Snackbar
      open={!!message}
      onClose={(_, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={message?.severity === 'success' || message?.severity === 'info' ? 5000 : null}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {message ? (
        <Alert severity={message.severity} onClose={onClose} variant="filled" sx={{ maxWidth: 720 }}>
          {message.text}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
