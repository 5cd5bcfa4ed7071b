import type { Result } from './result';

/** The IPC channel of the one function the preload exposes. */
export const INVOKE_CHANNEL = 'carnet:invoke';

/** What the desktop preload puts on `window.carnet`: one function, nothing else. */
export interface CarnetBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
}
