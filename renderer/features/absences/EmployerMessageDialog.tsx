import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import MailOutlineIcon from '@mui/icons-material/EmailOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { absencesScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { commonFr } from '../../../shared/i18n/fr/common';
import { useQuery } from '../../hooks/useQuery';

/** Copies through the clipboard API, or the old way when the page is not allowed to. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** "Prévenir l'employeur": the message the backend prepares, to copy or open in the mail program. */
export function EmployerMessageDialog({ learnerId, onClose }: { learnerId: number; onClose(): void }) {
  const message = useQuery('absences.employerMessage', { learnerId });
  const [copied, setCopied] = useState<boolean | null>(null);
  const m = message.data;
  const mailto = m
    ? `mailto:${encodeURI(m.to ?? '')}?subject=${encodeURIComponent(m.subject)}&body=${encodeURIComponent(m.body)}`
    : '';

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t.messageTitle}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DialogContentText>{t.messageIntro}</DialogContentText>
          {message.error && <Alert severity="error">{message.error}</Alert>}
          {!m && !message.error && <CircularProgress aria-label={t.messageTitle} />}
          {m && (
            <>
              {!m.to && <Alert severity="warning">{t.noRecipient}</Alert>}
              <TextField label={t.to} value={m.to ?? ''} slotProps={{ htmlInput: { readOnly: true } }} />
              <TextField label={t.subject} value={m.subject} slotProps={{ htmlInput: { readOnly: true } }} />
              <TextField
                label={t.body}
                value={m.body}
                multiline
                minRows={8}
                slotProps={{ htmlInput: { readOnly: true } }}
              />
              {copied !== null && (
                <Alert severity={copied ? 'success' : 'warning'} role="status">
                  {copied ? t.copied : t.copyFailed}
                </Alert>
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{commonFr.close}</Button>
        <Button
          startIcon={<ContentCopyIcon />}
          disabled={!m}
          onClick={() => m && void copyText(`${m.subject}\n\n${m.body}`).then(setCopied)}
        >
          {t.copy}
        </Button>
        <Button variant="contained" startIcon={<MailOutlineIcon />} disabled={!m} href={mailto}>
          {t.openMail}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
