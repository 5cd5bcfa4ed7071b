import { useEffect, useState } from 'react';
import type { Input, MethodName, Output } from '../../../shared/api/index';
import { call } from '../../api';

/**
 * A list the form offers, asked for only once what it depends on is chosen (`input` null until
 * then). Until the answer for the current input arrives, `data` is null, so a stale list is never
 * offered for a new choice.
 */
export function useChoices<M extends MethodName>(
  method: M,
  input: Input<M> | null,
): { data: Output<M> | null; error: string | null } {
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<{ key: string; data: Output<M> | null; error: string | null } | null>(
    null,
  );

  useEffect(() => {
    if (key === null) return;
    let current = true;
    void call(method, JSON.parse(key) as Input<M>).then((result) => {
      if (!current) return;
      setAnswer(
        result.ok
          ? { key, data: result.value, error: null }
          : { key, data: null, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [method, key]);

  if (key === null || answer?.key !== key) return { data: null, error: null };
  return { data: answer.data, error: answer.error };
}
