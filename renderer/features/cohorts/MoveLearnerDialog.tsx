import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { GROUP_MAX } from '../../../shared/domain/group-size';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { validationFr } from '../../../shared/i18n/fr/validation';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import { todayIso } from './dates';
import { FromDateField } from './FromDateField';

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

  async function submit() {
    if (toGroupId === '') return action.refuse({ toGroupId: validationFr.required });
    const saved = await action.run(() =>
      call('groups.moveLearner', { learnerId: learner.id, toGroupId, from }),
    );
    if (saved) onClose(saved.name);
  }

  return (
    <FormDialog
      title={t.moveTitle(learner.name)}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitLabel={t.move}
      submitDisabled={targets.length === 0}
    >
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
      <FromDateField value={from} onChange={setFrom} error={action.fields.from} help={t.moveHelp} />
    </FormDialog>
  );
}
