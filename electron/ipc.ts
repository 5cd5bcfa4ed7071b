import { ipcMain } from 'electron';
import { INVOKE_CHANNEL } from '../shared/api/bridge';
import { fail, type Result } from '../shared/api/result';
import { errorsFr } from '../shared/i18n/fr/errors';
import type { App } from './backend/app';

/**
 * IPC transport: one handler for the one exposed function. It checks that the call comes from
 * the app's own page (main frame, trusted URL), keeps each window's session token in memory
 * (a shared office PC still signs in), and hands the call to the registry.
 */
export function registerIpc(app: App, isTrustedUrl: (url: string) => boolean): void {
  const tokens = new Map<number, string>();

  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return fail('FORBIDDEN', errorsFr.foreignOrigin);
    }
    if (typeof method !== 'string') return fail('UNKNOWN_METHOD', errorsFr.unknownMethod(String(method)));

    const id = event.sender.id;
    if (!tokens.has(id)) event.sender.once('destroyed', () => tokens.delete(id));
    const outcome = await app.call(method, input, { sessionToken: tokens.get(id) ?? null });
    if (outcome.session?.kind === 'start') tokens.set(id, outcome.session.token);
    else if (outcome.session?.kind === 'end') tokens.delete(id);
    return outcome.result;
  });
}
