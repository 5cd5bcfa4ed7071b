import { useState } from 'react';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import { todayIso } from './dates';
import { FromDateField } from './FromDateField';

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

  async function submit() {
    const saved = await action.run(() => call('groups.removeLearner', { learnerId: learner.id, from }));
    if (saved) onClose(true);
  }

  return (
    <FormDialog
      title={t.removeTitle(learner.name, groupName)}
      intro={t.removeHelp}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitLabel={t.removeLearner}
      submitColor="error"
    >
      <FromDateField value={from} onChange={setFrom} error={action.fields.from} autoFocus />
    </FormDialog>
  );
}
