import { useCallback, useState } from 'react';
import type { Result } from '../../shared/api/result';

export interface ActionState {
  busy: boolean;
  /** The refusal's sentence, shown above the form. */
  error: string | null;
  /** Per-field messages, shown under each field. */
  fields: Record<string, string>;
}

/**
 * Runs a call from a form: tracks "busy", and keeps the refusal's message and per-field messages
 * so the form can show them where they belong. Returns the value on success, null otherwise.
 */
export function useAction() {
  const [state, setState] = useState<ActionState>({ busy: false, error: null, fields: {} });

  const run = useCallback(async <T>(action: () => Promise<Result<T>>): Promise<T | null> => {
    setState({ busy: true, error: null, fields: {} });
    const result = await action();
    if (result.ok) {
      setState({ busy: false, error: null, fields: {} });
      return result.value;
    }
    setState({ busy: false, error: result.error.message, fields: result.error.fields ?? {} });
    return null;
  }, []);

  const refuse = useCallback((fields: Record<string, string>, error: string | null = null) => {
    setState({ busy: false, error, fields });
  }, []);

  const reset = useCallback(() => setState({ busy: false, error: null, fields: {} }), []);

  return { ...state, run, refuse, reset };
}
