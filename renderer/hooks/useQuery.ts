import { useCallback, useEffect, useState } from 'react';
import type { Input, MethodName, Output } from '../../shared/api/index';
import { call } from '../api';

export interface QueryState<T> {
  data: T | null;
  error: string | null;
  /** Ask again (after a change the page made itself). */
  reload(): void;
}

/**
 * Loads one method's result for a page, again whenever `reload` is called or the input changes
 * (compared by its JSON). A result arriving after the page moved on is ignored.
 */
export function useQuery<M extends MethodName>(method: M, input: Input<M>): QueryState<Output<M>> {
  const [data, setData] = useState<Output<M> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(input);

  useEffect(() => {
    let current = true;
    void call(method, JSON.parse(key) as Input<M>).then((result) => {
      if (!current) return;
      if (result.ok) {
        setData(result.value);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [method, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, reload };
}
