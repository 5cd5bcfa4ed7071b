import type { CarnetBridge } from '../shared/api/bridge';
import type { Input, MethodName, Output } from '../shared/api/index';
import type { ApiError, Result } from '../shared/api/result';
import { errorsFr } from '../shared/i18n/fr/errors';

declare global {
  interface Window {
    carnet?: CarnetBridge;
  }
}

type Invoke = (method: string, input: unknown) => Promise<Result<unknown>>;

async function httpInvoke(method: string, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'UNAVAILABLE', message: errorsFr.unavailable } };
  }
}

/** Chosen once: the desktop preload's IPC bridge when present, HTTP to the serving backend otherwise. */
const invoke: Invoke = window.carnet ? (method, input) => window.carnet!.invoke(method, input) : httpInvoke;

const unauthenticatedListeners = new Set<(error: ApiError) => void>();

/** Called when any call finds the session gone (expired, or closed elsewhere). */
export function onSessionLost(listener: (error: ApiError) => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const SESSIONLESS: readonly string[] = ['auth.status', 'auth.setup', 'auth.login'];

/** Calls one method of the contract; input and output types come from the contract itself. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  const result = (await invoke(method, input)) as Result<Output<M>>;
  if (!result.ok && result.error.code === 'NOT_AUTHENTICATED' && !SESSIONLESS.includes(method)) {
    for (const listener of unauthenticatedListeners) listener(result.error);
  }
  return result;
}
