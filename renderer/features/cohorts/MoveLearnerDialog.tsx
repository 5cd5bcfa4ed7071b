import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { GROUP_MAX } from '../../../shared/domain/group-size';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { commonFr } from '../../../shared/i18n/fr/common';
import { validationFr } from '../../../shared/i18n/fr/validation';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';
import { todayIso } from './dates';

interface Target {
  id: number;
  name: string;
  learnerCount: number;
}

/** Moves a learner to another group of the cohort from a date; the former membership stays in the history. */
export function MoveLearnerDialog({
  learner,
  targets,
  onClose,
}: {
  learner: { id: number; name: string };
  targets: readonly Target[];
  onClose(movedTo: string | null): void;
}) {
  const [toGroupId, setToGroupId] = useState<number | ''>('');
  const [from, setFrom] = useState(todayIso());
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (toGroupId === '') return action.refuse({ toGroupId: validationFr.required });
    const saved = await action.run(() =>
      call('groups.moveLearner', { learnerId: learner.id, toGroupId, from }),
    );
    if (saved) onClose(saved.name);
  }

  return (
    <Dialog open onClose={() => onClose(null)} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t.moveTitle(learner.name)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {action.error && <Alert severity="error">{action.error}</Alert>}
            {targets.length === 0 && <Alert severity="info">{t.moveNoTarget}</Alert>}
            <TextField
              select
              label={t.moveTarget}
              value={toGroupId}
              onChange={(e) => setToGroupId(Number(e.target.value))}
              error={!!action.fields.toGroupId}
              helperText={action.fields.toGroupId}
              autoFocus
              required
            >
              {targets.map((g) => (
                <MenuItem key={g.id} value={g.id}>
                  {`${g.name} (${t.count(g.learnerCount, GROUP_MAX)})`}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="date"
              label={t.from}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              error={!!action.fields.from}
              helperText={action.fields.from ?? t.moveHelp}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(null)}>{commonFr.cancel}</Button>
          <Button type="submit" variant="contained" disabled={action.busy || targets.length === 0}>
            {t.move}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
