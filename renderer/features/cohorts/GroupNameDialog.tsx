import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { Group } from '../../../shared/api/cohorts';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { commonFr } from '../../../shared/i18n/fr/common';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';

/** Creates a group in the cohort (`group` null) or renames one. */
export function GroupNameDialog({
  cohortId,
  group,
  onClose,
}: {
  cohortId: number;
  group: { id: number; name: string } | null;
  onClose(saved: Group | null): void;
}) {
  const [name, setName] = useState(group?.name ?? '');
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(() =>
      group ? call('groups.rename', { id: group.id, name }) : call('groups.create', { cohortId, name }),
    );
    if (saved) onClose(saved);
  }

  return (
    <Dialog open onClose={() => onClose(null)} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{group ? t.renameTitle(group.name) : t.createTitle}</DialogTitle>
        <DialogContent>
          {action.error && !action.fields.name && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {action.error}
            </Alert>
          )}
          <TextField
            sx={{ mt: 1 }}
            label={t.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={!!action.fields.name}
            helperText={action.fields.name}
            autoFocus
            required
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(null)}>{commonFr.cancel}</Button>
          <Button type="submit" variant="contained" disabled={action.busy}>
            {commonFr.save}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
