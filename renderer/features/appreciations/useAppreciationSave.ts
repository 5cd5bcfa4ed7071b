import { useCallback, useRef, useState } from 'react';
import type { SavedAppreciation } from '../../../shared/api/appreciations';
import { call } from '../../api';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export interface AppreciationKey {
  learnerId: number;
  periodId: number;
  subjectId: number | null;
}

/**
 * One appreciation's text and its save: sent when it differs from what is stored (the backend
 * trims, so blanks around it are no change), the state said as it goes; a refusal keeps what
 * was typed so nothing is lost, and the next blur or Réessayer sends it again.
 */
export function useAppreciationSave(
  key: AppreciationKey,
  stored: string,
  onSaved: (saved: SavedAppreciation) => void,
) {
  const [text, setText] = useState(stored);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const storedRef = useRef(stored);
  const { learnerId, periodId, subjectId } = key;

  const save = useCallback(
    async (next: string) => {
      if (next.trim() === storedRef.current) {
        setState((s) => (s.kind === 'error' ? { kind: 'idle' } : s));
        return;
      }
      setState({ kind: 'saving' });
      const result = await call('appreciations.save', { learnerId, periodId, subjectId, text: next });
      if (!result.ok) return setState({ kind: 'error', message: result.error.message });
      storedRef.current = result.value.text;
      setState({ kind: 'saved' });
      onSaved(result.value);
    },
    [learnerId, periodId, subjectId, onSaved],
  );

  return { text, setText, state, save };
}
