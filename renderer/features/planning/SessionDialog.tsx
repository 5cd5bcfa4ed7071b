import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { SessionView } from '../../../shared/api/planning';
import type { Result } from '../../../shared/api/result';
import { concurrencyFr } from '../../../shared/i18n/fr/concurrency';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import type { Slot } from './display';
import type { FeedbackMessage } from './Feedback';
import { SessionFields, type SessionDraft } from './SessionFields';
import { savedMessage } from './useGridActions';
import type { References } from './useReferences';
import { useProgrammeSubjects } from './useSessionChoices';

export type SessionTarget =
  { kind: 'create'; groupId: number; date: string; slot: Slot } | { kind: 'edit'; session: SessionView };

function initialDraft(target: SessionTarget): SessionDraft {
  if (target.kind === 'create') {
    return {
      subjectId: '',
      trainerId: '',
      roomId: '',
      modality: 'onsite',
      note: '',
      date: target.date,
      slot: target.slot,
    };
  }
  const s = target.session;
  return {
    subjectId: s.subjectId,
    trainerId: s.trainerId ?? '',
    roomId: s.roomId ?? '',
    modality: s.modality,
    note: s.note ?? '',
    date: s.date,
    slot: s.slot,
  };
}

/**
 * Creates a session on a half-day or edits one (subject, trainer, room, modality, note, day and
 * slot); an existing one can also be deleted (confirmed) or handed over to be duplicated.
 * Closes with what to tell the user, or null when cancelled.
 */
export function SessionDialog({
  target,
  refs,
  onClose,
  onDuplicate,
}: {
  target: SessionTarget;
  refs: References;
  onClose(done: FeedbackMessage | null): void;
  onDuplicate(session: SessionView): void;
}) {
  const session = target.kind === 'edit' ? target.session : null;
  const groupId = session ? session.groupId : (target as { groupId: number }).groupId;
  const [draft, setDraft] = useState(() => initialDraft(target));
  const [confirming, setConfirming] = useState(false);
  // After a refusal the grid may be out of date (a colleague's change): closing reads it again.
  const [refused, setRefused] = useState(false);
  const watch = async <T,>(result: Promise<Result<T>>): Promise<Result<T>> => {
    const r = await result;
    if (!r.ok && r.error.code === 'CONFLICT') setRefused(true);
    return r;
  };
  const { subjects, error: subjectsError } = useProgrammeSubjects(refs.programmeOf(groupId));
  const action = useAction();
  const change = (patch: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // A session of a group outside the list (archived cohort) still shows its own subject.
  const subjectList =
    session && subjects && !subjects.some((s) => s.id === session.subjectId)
      ? [{ id: session.subjectId, label: session.subjectName }, ...subjects]
      : (subjects ?? []);

  async function submit() {
    if (draft.subjectId === '') return action.refuse({ subjectId: t.required });
    const input = {
      groupId,
      subjectId: draft.subjectId,
      trainerId: draft.trainerId === '' ? null : draft.trainerId,
      roomId: draft.modality === 'onsite' && draft.roomId !== '' ? draft.roomId : null,
      modality: draft.modality,
      note: draft.note,
      date: draft.date,
      slot: draft.slot,
    };
    const saved = await action.run(() =>
      watch(
        session
          ? call('sessions.update', { id: session.id, expectedUpdatedAt: session.updatedAt, ...input })
          : call('sessions.create', input),
      ),
    );
    if (saved) onClose(savedMessage(saved, session ? t.updated : t.created));
  }

  async function remove(confirmed: boolean) {
    setConfirming(false);
    if (!confirmed || !session) return;
    const done = await action.run(() =>
      watch(call('sessions.delete', { id: session.id, expectedUpdatedAt: session.updatedAt })),
    );
    if (done) onClose({ severity: 'success', text: t.deleted });
  }

  return (
    <>
      <FormDialog
        title={session ? t.editTitle(session.subjectName) : t.createTitle(draft.date, draft.slot)}
        intro={session ? t.otherGroup(session.groupName, session.cohortName) : undefined}
        onClose={() => onClose(refused ? { severity: 'info', text: concurrencyFr.reloaded } : null)}
        onSubmit={submit}
        busy={action.busy}
        error={action.error ?? subjectsError}
        maxWidth="sm"
      >
        <SessionFields
          draft={draft}
          change={change}
          subjects={subjectList}
          trainers={refs.trainers}
          rooms={refs.rooms}
          groupId={groupId}
          excludeSessionId={session?.id}
          errors={action.fields}
        />
        {session?.warnings.map((w) => (
          <Alert key={w.message} severity="warning">
            {w.message}
          </Alert>
        ))}
        {session && (
          <Stack direction="row" spacing={1}>
            <Button color="error" startIcon={<DeleteIcon />} onClick={() => setConfirming(true)}>
              {t.delete}
            </Button>
            <Button startIcon={<ContentCopyIcon />} onClick={() => onDuplicate(session)}>
              {t.duplicate}
            </Button>
          </Stack>
        )}
      </FormDialog>
      {confirming && session && (
        <ConfirmDialog
          text={t.confirmDelete(session.subjectName, session.date, session.slot)}
          confirmLabel={t.delete}
          onClose={(ok) => void remove(ok)}
        />
      )}
    </>
  );
}
