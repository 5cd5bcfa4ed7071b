import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import { useState } from 'react';
import type { CohortDetail } from '../../../shared/api/cohorts';
import { placesLeft } from '../../../shared/domain/group-size';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import { todayIso } from './dates';
import { FromDateField } from './FromDateField';

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

  async function submit() {
    const learnerIds = [...chosen];
    const saved = await action.run(() => call('groups.addLearners', { groupId: group.id, learnerIds, from }));
    if (saved) onClose(learnerIds.length);
  }

  return (
    <FormDialog
      title={t.addTitle(group.name)}
      intro={t.addIntro(placesLeft(group.learnerCount))}
      onClose={() => onClose(0)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitLabel={chosen.size > 0 ? `${t.add} (${chosen.size})` : t.add}
      submitDisabled={chosen.size === 0}
      maxWidth="sm"
    >
      <FromDateField value={from} onChange={setFrom} error={action.fields.from} sx={{ maxWidth: 220 }} />
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
    </FormDialog>
  );
}
