import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { ProgrammeDetail } from '../../../shared/api/programmes';
import { commonFr } from '../../../shared/i18n/fr/common';
import { programmesFr as t } from '../../../shared/i18n/fr/programmes';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';

/** Asks for the copy's code and title; Enter creates it, Esc cancels. */
export function DuplicateDialog({
  source,
  onClose,
}: {
  source: ProgrammeDetail;
  onClose(copy: ProgrammeDetail | null): void;
}) {
  const [code, setCode] = useState(`${source.code}-COPIE`);
  const [title, setTitle] = useState(t.copyOf(source.title));
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const copy = await action.run(() => call('programmes.duplicate', { id: source.id, code, title }));
    if (copy) onClose(copy);
  }

  return (
    <Dialog open onClose={() => onClose(null)} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t.duplicateTitle(source.title)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>{t.duplicateIntro}</DialogContentText>
            {action.error && !action.fields.code && !action.fields.title && (
              <Alert severity="error">{action.error}</Alert>
            )}
            <TextField
              label={t.newCode}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={!!action.fields.code}
              helperText={action.fields.code}
              autoFocus
              required
            />
            <TextField
              label={t.newTitle}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              error={!!action.fields.title}
              helperText={action.fields.title}
              required
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(null)}>{commonFr.cancel}</Button>
          <Button type="submit" variant="contained" disabled={action.busy}>
            {t.duplicate}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
