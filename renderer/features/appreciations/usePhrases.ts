import { useCallback, useEffect, useState } from 'react';
import type { Phrase } from '../../../shared/api/appreciations';
import type { Result } from '../../../shared/api/result';
import { call } from '../../api';

export interface PhraseBank {
  phrases: readonly Phrase[];
  add(text: string): Promise<Result<Phrase>>;
  remove(id: number): Promise<Result<unknown>>;
}

/**
 * The signed-in user's own phrases, loaded once for the whole view (every row's menu shares
 * them) and only for those who write appreciations.
 */
export function usePhrases(enabled: boolean): PhraseBank {
  const [phrases, setPhrases] = useState<readonly Phrase[]>([]);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void call('phrases.list', {}).then((r) => current && r.ok && setPhrases(r.value));
    return () => {
      current = false;
    };
  }, [enabled, generation]);

  const add = useCallback(async (text: string) => {
    const result = await call('phrases.add', { text });
    if (result.ok) setGeneration((g) => g + 1);
    return result;
  }, []);

  const remove = useCallback(async (id: number) => {
    const result = await call('phrases.delete', { id });
    if (result.ok) setPhrases((list) => list.filter((p) => p.id !== id));
    return result;
  }, []);

  return { phrases, add, remove };
}
