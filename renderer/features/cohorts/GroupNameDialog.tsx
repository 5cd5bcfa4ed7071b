import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Group } from '../../../shared/api/cohorts';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
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

  async function submit() {
    const saved = await action.run(() =>
      group ? call('groups.rename', { id: group.id, name }) : call('groups.create', { cohortId, name }),
    );
    if (saved) onClose(saved);
  }

  return (
    <FormDialog
      title={group ? t.renameTitle(group.name) : t.createTitle}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      // A refusal about the name is said under the field only.
      error={action.fields.name ? null : action.error}
    >
      <TextField
        label={t.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={!!action.fields.name}
        helperText={action.fields.name}
        autoFocus
        required
      />
    </FormDialog>
  );
}
