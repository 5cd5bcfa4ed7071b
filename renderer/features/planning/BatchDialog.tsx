import Button from '@mui/material/Button';
import type { DialogProps } from '@mui/material/Dialog';
import { useState, type ReactNode } from 'react';
import type { BatchResult } from '../../../shared/api/planning';
import type { Result } from '../../../shared/api/result';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import { BatchPreview } from './BatchPreview';
import type { FeedbackMessage } from './Feedback';

/**
 * The two steps of a batch (copy a week, apply a week template): the form, sent with
 * dryRun: true for a preview of what would be created or skipped; then "Confirmer" sends the
 * same request for real. Nothing is written before the confirmation.
 */
export function BatchDialog({
  title,
  intro,
  check,
  run,
  onClose,
  maxWidth = 'sm',
  children,
}: {
  title: string;
  intro: string;
  /** A refusal the form can say without asking (no week chosen…), or null. */
  check(): string | null;
  run(dryRun: boolean): Promise<Result<BatchResult>>;
  onClose(done: FeedbackMessage | null): void;
  maxWidth?: DialogProps['maxWidth'];
  children: ReactNode;
}) {
  const [preview, setPreview] = useState<BatchResult | null>(null);
  const action = useAction();

  async function previewIt() {
    const refusal = check();
    if (refusal) return action.refuse({}, refusal);
    const result = await action.run(() => run(true));
    if (result) setPreview(result);
  }

  async function confirm() {
    const result = await action.run(() => run(false));
    if (result) {
      const text = t.batchDone(result.created.length, result.skipped.length);
      onClose({ severity: result.skipped.length ? 'warning' : 'success', text });
    }
  }

  if (preview) {
    return (
      // A dialog of its own (key): the form's button that had the focus is gone, the dialog takes it.
      <FormDialog
        key="preview"
        title={t.previewTitle}
        intro={title}
        onClose={() => onClose(null)}
        onSubmit={confirm}
        busy={action.busy}
        error={action.error}
        submitLabel={t.confirm}
        submitDisabled={preview.created.length === 0}
        maxWidth="md"
      >
        <BatchPreview result={preview} />
        <Button sx={{ alignSelf: 'flex-start' }} onClick={() => setPreview(null)}>
          {t.back}
        </Button>
      </FormDialog>
    );
  }
  return (
    <FormDialog
      title={title}
      intro={intro}
      onClose={() => onClose(null)}
      onSubmit={previewIt}
      busy={action.busy}
      error={action.error}
      submitLabel={t.preview}
      maxWidth={maxWidth}
    >
      {children}
    </FormDialog>
  );
}
