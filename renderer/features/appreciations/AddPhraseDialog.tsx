import { useState, type FormEvent } from 'react';
import { appreciationsFr as t } from '../../../shared/i18n/fr/appreciations';
import { FieldText } from '../../components/FieldText';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import type { PhraseBank } from './usePhrases';

/** "Ajouter à mes phrases": the proposed text, editable, then saved to the user's bank. */
export function AddPhraseDialog({
  initial,
  bank,
  onClose,
}: {
  initial: string;
  bank: PhraseBank;
  onClose(): void;
}) {
  const [text, setText] = useState(initial.trim());
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const added = await action.run(() => bank.add(text));
    if (added) onClose();
  }

  return (
    <FormDialog
      title={t.addPhraseTitle}
      intro={t.addPhraseIntro}
      onClose={onClose}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitDisabled={text.trim() === ''}
      maxWidth="sm"
    >
      <FieldText
        field="text"
        errors={action.fields}
        label={t.phraseText}
        value={text}
        onChange={setText}
        fullWidth
        autoFocus
      />
    </FormDialog>
  );
}
