import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { commonFr } from '../../../shared/i18n/fr/common';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';
import { todayIso } from './dates';

/** Confirms taking a learner out of their group from a date (they stay in the cohort). */
export function RemoveLearnerDialog({
  learner,
  groupName,
  onClose,
}: {
  learner: { id: number; name: string };
  groupName: string;
  onClose(removed: boolean): void;
}) {
  const [from, setFrom] = useState(todayIso());
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(() => call('groups.removeLearner', { learnerId: learner.id, from }));
    if (saved) onClose(true);
  }

  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t.removeTitle(learner.name, groupName)}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t.removeHelp}</DialogContentText>
          {action.error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {action.error}
            </Alert>
          )}
          <TextField
            type="date"
            label={t.from}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            error={!!action.fields.from}
            helperText={action.fields.from}
            slotProps={{ inputLabel: { shrink: true } }}
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{commonFr.cancel}</Button>
          <Button type="submit" color="error" variant="contained" disabled={action.busy}>
            {t.removeLearner}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
