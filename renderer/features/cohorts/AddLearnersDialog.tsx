import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { CohortDetail } from '../../../shared/api/cohorts';
import { placesLeft } from '../../../shared/domain/group-size';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { commonFr } from '../../../shared/i18n/fr/common';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';
import { todayIso } from './dates';

type Candidate = CohortDetail['ungrouped'][number];

/**
 * Picks learners of the cohort who are in no group. Choosing more than the places left is
 * allowed here on purpose: the backend's refusal says which group and which limit.
 */
export function AddLearnersDialog({
  group,
  candidates,
  onClose,
}: {
  group: { id: number; name: string; learnerCount: number };
  candidates: readonly Candidate[];
  onClose(added: number): void;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [from, setFrom] = useState(todayIso());
  const action = useAction();

  function toggle(id: number) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const learnerIds = [...chosen];
    const saved = await action.run(() => call('groups.addLearners', { groupId: group.id, learnerIds, from }));
    if (saved) onClose(learnerIds.length);
  }

  return (
    <Dialog open onClose={() => onClose(0)} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t.addTitle(group.name)}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t.addIntro(placesLeft(group.learnerCount))}</DialogContentText>
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
            sx={{ mb: 2, maxWidth: 220 }}
          />
          {candidates.length === 0 ? (
            <Alert severity="info">{t.addNoneAvailable}</Alert>
          ) : (
            <FormGroup sx={{ maxHeight: 360, overflowY: 'auto', flexWrap: 'nowrap' }}>
              {candidates.map((l) => (
                <FormControlLabel
                  key={l.id}
                  control={<Checkbox checked={chosen.has(l.id)} onChange={() => toggle(l.id)} />}
                  label={`${l.surname} ${l.firstName}`}
                />
              ))}
            </FormGroup>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(0)}>{commonFr.cancel}</Button>
          <Button type="submit" variant="contained" disabled={action.busy || chosen.size === 0}>
            {chosen.size > 0 ? `${t.add} (${chosen.size})` : t.add}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
