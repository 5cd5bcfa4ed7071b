import { useCallback, useRef, useState } from 'react';
import type { AppreciationRow, SavedAppreciation } from '../../../shared/api/appreciations';
import { STALE_FIELD } from '../../../shared/api/versions';
import { call } from '../../api';

/** The appreciation as someone else saved it while this screen was open. */
export type Theirs = Pick<AppreciationRow, 'text' | 'updatedBy' | 'updatedAt'>;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; theirs: Theirs };

export interface AppreciationKey {
  groupId: number;
  learnerId: number;
  periodId: number;
  subjectId: number | null;
}

/**
 * One appreciation's text and its save: sent when it differs from what is stored (the backend
 * trims, so blanks around it are no change), the state said as it goes; a refusal keeps what
 * was typed so nothing is lost, and the next blur or Réessayer sends it again. Each save sends
 * the version read (shared/api/versions.ts). When someone else saved the appreciation
 * meanwhile, their version is read again and offered beside the typed text, which stays in the
 * field and is sent again only on request (keepMine), never on a mere blur.
 */
export function useAppreciationSave(
  key: AppreciationKey,
  stored: Theirs,
  onChanged: (saved: Pick<SavedAppreciation, 'updatedBy' | 'updatedAt'>) => void,
) {
  const [text, setText] = useState(stored.text);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const storedRef = useRef(stored.text);
  const versionRef = useRef(stored.updatedAt);
  const conflictRef = useRef(false);
  const { groupId, learnerId, periodId, subjectId } = key;

  /** The appreciation as it is now, read again after a refusal for a stale read. */
  const reread = useCallback(async (): Promise<Theirs | null> => {
    const list = await call(
      'appreciations.list',
      subjectId === null ? { groupId, periodId } : { groupId, periodId, subjectId },
    );
    const row = list.ok ? list.value.rows.find((r) => r.learnerId === learnerId) : undefined;
    return row ? { text: row.text, updatedBy: row.updatedBy, updatedAt: row.updatedAt } : null;
  }, [groupId, learnerId, periodId, subjectId]);

  const send = useCallback(
    async (next: string) => {
      if (next.trim() === storedRef.current) {
        conflictRef.current = false;
        setState((s) => (s.kind === 'error' || s.kind === 'conflict' ? { kind: 'idle' } : s));
        return;
      }
      setState({ kind: 'saving' });
      const result = await call('appreciations.save', {
        learnerId,
        periodId,
        subjectId,
        text: next,
        expectedUpdatedAt: versionRef.current,
      });
      if (!result.ok) {
        const theirs = result.error.fields?.[STALE_FIELD] ? await reread() : null;
        if (!theirs) return setState({ kind: 'error', message: result.error.message });
        storedRef.current = theirs.text;
        versionRef.current = theirs.updatedAt;
        conflictRef.current = true;
        onChanged(theirs);
        return setState({ kind: 'conflict', message: result.error.message, theirs });
      }
      storedRef.current = result.value.text;
      versionRef.current = result.value.updatedAt;
      conflictRef.current = false;
      setState({ kind: 'saved' });
      onChanged(result.value);
    },
    [learnerId, periodId, subjectId, onChanged, reread],
  );

  /** Blur, a phrase inserted, Réessayer: held back while a conflict waits for a choice. */
  const save = useCallback(
    async (next: string) => {
      if (!conflictRef.current) await send(next);
    },
    [send],
  );

  /** After a conflict: the typed text goes over the version now shown, knowingly. */
  const keepMine = useCallback(() => {
    conflictRef.current = false;
    return send(text);
  }, [send, text]);

  /** After a conflict: the field takes the current version; nothing is sent. */
  const takeTheirs = useCallback(() => {
    conflictRef.current = false;
    setText(storedRef.current);
    setState({ kind: 'idle' });
  }, []);

  return { text, setText, state, save, keepMine, takeTheirs };
}
