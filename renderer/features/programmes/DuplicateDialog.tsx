import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ProgrammeDetail } from '../../../shared/api/programmes';
import { programmesFr as t } from '../../../shared/i18n/fr/programmes';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
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

  async function submit() {
    const copy = await action.run(() => call('programmes.duplicate', { id: source.id, code, title }));
    if (copy) onClose(copy);
  }

  return (
    <FormDialog
      title={t.duplicateTitle(source.title)}
      intro={t.duplicateIntro}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      // A refusal about the code or the title is said under that field only.
      error={action.fields.code || action.fields.title ? null : action.error}
      submitLabel={t.duplicate}
      maxWidth="sm"
    >
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
    </FormDialog>
  );
}
