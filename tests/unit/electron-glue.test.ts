import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Caller, Outcome } from '../../electron/backend/app';
import { INVOKE_CHANNEL } from '../../shared/api/bridge';

/** Electron cannot run here: its API is replaced by recorders, and the glue is checked against them. */
const electron = vi.hoisted(() => ({
  handle: vi.fn(),
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(),
}));
vi.mock('electron', () => ({
  ipcMain: { handle: electron.handle },
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

const TRUSTED = 'file:///opt/carnet/dist/renderer/index.html';
const isTrusted = (url: string) => url === TRUSTED || url.startsWith(`${TRUSTED}#`);

function fakeApp(answer: (method: string, caller: Caller) => Outcome) {
  const calls: { method: string; input: unknown; caller: Caller }[] = [];
  const app: App = {
    methods: [],
    call: async (method, input, caller = {}) => {
      calls.push({ method, input, caller });
      return answer(method, caller);
    },
  };
  return { app, calls };
}

function event(url: string, senderId = 1, parent: object | null = null) {
  return { senderFrame: { url, parent }, sender: { id: senderId, once: vi.fn() } };
}

beforeEach(() => {
  vi.resetModules();
  electron.handle.mockReset();
  electron.exposeInMainWorld.mockReset();
  electron.invoke.mockReset();
});

describe('IPC transport', () => {
  it('registers exactly one handler, on the one channel', async () => {
    const { registerIpc } = await import('../../electron/ipc');
    registerIpc(fakeApp(() => ({ result: { ok: true, value: null } })).app, isTrusted);
    expect(electron.handle).toHaveBeenCalledTimes(1);
    expect(electron.handle.mock.calls[0]![0]).toBe(INVOKE_CHANNEL);
  });

  it('refuses a call from a foreign page or a sub-frame without reaching the registry', async () => {
    const { registerIpc } = await import('../../electron/ipc');
    const { app, calls } = fakeApp(() => ({ result: { ok: true, value: null } }));
    registerIpc(app, isTrusted);
    const handler = electron.handle.mock.calls[0]![1];
    for (const e of [
      event('https://evil.example/'),
      event('file:///tmp/other.html'),
      event(TRUSTED, 1, { url: TRUSTED }),
      { senderFrame: null, sender: { id: 1, once: vi.fn() } },
    ]) {
      const result = await handler(e, 'users.list', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toHaveLength(0);
  });

  it('passes a trusted call to the registry and keeps each window’s session in memory', async () => {
    const { registerIpc } = await import('../../electron/ipc');
    const { app, calls } = fakeApp((method) =>
      method === 'auth.login'
        ? { result: { ok: true, value: 'in' }, session: { kind: 'start', token: 'tok-1' } }
        : method === 'auth.logout'
          ? { result: { ok: true, value: {} }, session: { kind: 'end' } }
          : { result: { ok: true, value: 'done' } },
    );
    registerIpc(app, isTrusted);
    const handler = electron.handle.mock.calls[0]![1];

    expect(await handler(event(`${TRUSTED}#/notes`), 'auth.login', { login: 'a' })).toEqual({
      ok: true,
      value: 'in',
    });
    await handler(event(TRUSTED), 'users.list', {});
    await handler(event(TRUSTED, 2), 'users.list', {});
    await handler(event(TRUSTED), 'auth.logout', {});
    await handler(event(TRUSTED), 'users.list', {});

    expect(calls.map((c) => c.caller.sessionToken)).toEqual([null, 'tok-1', null, 'tok-1', null]);
    expect(calls[0]!.input).toEqual({ login: 'a' });
  });

  it('refuses a method name that is not a string', async () => {
    const { registerIpc } = await import('../../electron/ipc');
    const { app, calls } = fakeApp(() => ({ result: { ok: true, value: null } }));
    registerIpc(app, isTrusted);
    const handler = electron.handle.mock.calls[0]![1];
    expect(await handler(event(TRUSTED), { toString: () => 'x' }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(calls).toHaveLength(0);
  });
});

describe('preload', () => {
  it('exposes only `invoke` on window.carnet, forwarding to the one channel', async () => {
    await import('../../electron/preload');
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = electron.exposeInMainWorld.mock.calls[0]! as [string, Record<string, unknown>];
    expect(key).toBe('carnet');
    expect(Object.keys(bridge)).toEqual(['invoke']);
    electron.invoke.mockResolvedValue({ ok: true, value: 1 });
    await (bridge.invoke as (m: string, i: unknown) => Promise<unknown>)('auth.status', {});
    expect(electron.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'auth.status', {});
  });
});

describe('window hardening', () => {
  it('denies new windows, webviews and navigation away from the app, and every permission', async () => {
    const { hardenContents, hardenSession } = await import('../../electron/security');
    const listeners: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => {
        listeners[name] = fn;
      },
      setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => {
        openHandler = fn;
      },
    };
    hardenContents(contents as never, isTrusted);
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });

    const prevented = (name: string, url?: string) => {
      const e = { preventDefault: vi.fn() };
      listeners[name]!(e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', `${TRUSTED}#/notes`)).toBe(false);
    expect(prevented('will-redirect', 'https://evil.example/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);

    let permission: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let headers:
      ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
    hardenSession({
      setPermissionRequestHandler: (fn: typeof permission) => (permission = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onHeadersReceived: (fn: typeof headers) => (headers = fn) },
    } as never);
    const granted = vi.fn();
    permission!(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
    const done = vi.fn();
    headers!({ responseHeaders: {} }, done);
    expect(done.mock.calls[0]![0]).toMatchObject({
      responseHeaders: { 'Content-Security-Policy': [expect.stringMatching(/default-src 'self'/)] },
    });
  });
});
