import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_INDEX_URL,
  appProtocolResponse,
  isAppPageUrl,
  resolveAppFile,
} from '../../electron/app-protocol';
import { isAllowedExternal } from '../../electron/external-links';
import { INVOKE_CHANNEL } from '../../shared/api/bridge';
import { tempDir } from '../helpers/backend';

/**
 * Electron's security checklist, checked against recorders of Electron's API (its binary cannot
 * run here): the window's preferences, the app:// scheme instead of file://, permissions,
 * navigation, new windows, external links, and the whole of main.ts's start.
 */
const electron = vi.hoisted(() => {
  const listeners: Record<string, ((...args: unknown[]) => unknown)[]> = {};
  const windows: { options: Record<string, unknown>; loaded: string[] }[] = [];
  return {
    listeners,
    windows,
    openExternal: vi.fn(async () => {}),
    registerSchemesAsPrivileged: vi.fn(),
    protocolHandle: vi.fn(),
    ipcHandle: vi.fn(),
    permissionRequest: vi.fn(),
    permissionCheck: vi.fn(),
    devicePermission: vi.fn(),
    headers: vi.fn(),
    enableSandbox: vi.fn(),
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => electron.windows;
    loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      electron.windows.push(this as never);
    }
    once() {}
    show() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const fakeSession = {
    setPermissionRequestHandler: electron.permissionRequest,
    setPermissionCheckHandler: electron.permissionCheck,
    setDevicePermissionHandler: electron.devicePermission,
    webRequest: { onHeadersReceived: electron.headers },
    protocol: { handle: electron.protocolHandle },
  };
  return {
    app: {
      requestSingleInstanceLock: () => true,
      enableSandbox: electron.enableSandbox,
      on: (name: string, fn: (...args: unknown[]) => unknown) => (electron.listeners[name] ??= []).push(fn),
      whenReady: () => Promise.resolve(),
      getPath: () => tempDir(),
      getVersion: () => '0.0.0',
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    session: { defaultSession: fakeSession },
    protocol: { registerSchemesAsPrivileged: electron.registerSchemesAsPrivileged },
    shell: { openExternal: electron.openExternal },
    ipcMain: { handle: electron.ipcHandle },
  };
});

beforeEach(() => electron.openExternal.mockClear());

describe('the window’s web preferences (checklist 2, 3, 4, 6, 8, 9, 10, 12)', () => {
  it('keep Node out of the page, sandbox it, isolate its world, and loosen nothing', async () => {
    const { secureWebPreferences } = await import('../../electron/security');
    const prefs = secureWebPreferences('/opt/carnet/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/opt/carnet/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });
});

describe('the app:// scheme instead of file:// (checklist 18)', () => {
  const root = tempDir('carnet-renderer-');
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Carnet</title>');
  writeFileSync(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'hors du dossier');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves the renderer’s files and nothing outside them', () => {
    expect(resolveAppFile(root, 'app://carnet/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://carnet/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://carnet/assets/main.js?v=1')).toBe(
      path.join(root, 'assets', 'main.js'),
    );
    for (const url of [
      'app://carnet/../secret.txt',
      'app://carnet/%2e%2e/secret.txt',
      'app://carnet/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://carnet/..%5csecret.txt',
      'app://autre/index.html',
      'file:///etc/passwd',
      'app://carnet/index.html%00.js',
      'app://carnet/%E0%A4%A',
      'app://carnet/carnet.sqlite',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });

  it('answers with the type and the CSP as headers, 404 otherwise', async () => {
    const page = await appProtocolResponse(root, APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Carnet</title>');
    const outside = await appProtocolResponse(root, 'app://carnet/%2e%2e/secret.txt');
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain('hors du dossier');
    expect((await appProtocolResponse(root, 'app://carnet/absent.js')).status).toBe(404);
  });

  it('trusts only the page itself, whatever the route after #', () => {
    expect(isAppPageUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppPageUrl(`${APP_INDEX_URL}#/planning`)).toBe(true);
    expect(isAppPageUrl('app://carnet/assets/main.js')).toBe(false);
    expect(isAppPageUrl('file:///opt/carnet/renderer/index.html')).toBe(false);
  });
});

describe('links to the outside (checklist 13, 14, 15)', () => {
  it('opens only the allowed official https sites in the user’s browser', () => {
    expect(isAllowedExternal('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385820')).toBe(
      true,
    );
    for (const url of [
      'http://www.legifrance.gouv.fr/',
      'https://www.legifrance.gouv.fr.evil.example/',
      'https://www.legifrance.gouv.fr@evil.example/',
      'https://user:pw@www.legifrance.gouv.fr/',
      'https://evil.example/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://serveur/partage',
      'pas une adresse',
    ]) {
      expect(isAllowedExternal(url), url).toBe(false);
    }
  });

  it('never opens a window; an allowed link goes to the browser, any other is dropped', async () => {
    const { hardenContents } = await import('../../electron/security');
    const on: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let open: ((details: { url: string }) => { action: string }) | undefined;
    hardenContents(
      {
        on: (name: string, fn: (typeof on)[string]) => (on[name] = fn),
        setWindowOpenHandler: (fn: typeof open) => (open = fn),
      } as never,
      isAppPageUrl,
    );
    expect(open!({ url: 'https://www.education.gouv.fr/calendrier-scolaire' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.education.gouv.fr/calendrier-scolaire');
    electron.openExternal.mockClear();
    expect(open!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).not.toHaveBeenCalled();

    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      on['will-navigate']!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate(`${APP_INDEX_URL}#/notes`)).toBe(false);
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(electron.openExternal).not.toHaveBeenCalled();
    expect(navigate('https://www.legifrance.gouv.fr/')).toBe(true); // not in the window…
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.legifrance.gouv.fr/'); // …in the browser
  });
});

describe('main.ts at start (checklist 4, 5, 7, 13, 14, 17, 18)', () => {
  const dataDir = tempDir('carnet-desktop-');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('wires every defence before the window opens, and loads app://carnet/', async () => {
    process.env.CARNET_DATA_DIR = dataDir;
    try {
      await import('../../electron/main');
      await vi.waitFor(() => expect(electron.windows.length).toBe(1), { timeout: 10_000 });
    } finally {
      delete process.env.CARNET_DATA_DIR;
    }
    const win = electron.windows[0]!;
    expect(win.loaded).toEqual([APP_INDEX_URL]);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(electron.enableSandbox).toHaveBeenCalled();
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(electron.protocolHandle.mock.calls[0]![0]).toBe('app');
    expect(electron.listeners['web-contents-created']).toHaveLength(1);

    // Permissions: every request and check is refused.
    const granted = vi.fn();
    (electron.permissionRequest.mock.calls[0]![0] as (...a: unknown[]) => void)(
      null,
      'notifications',
      granted,
    );
    expect(granted).toHaveBeenCalledWith(false);
    expect((electron.permissionCheck.mock.calls[0]![0] as () => boolean)()).toBe(false);
    expect((electron.devicePermission.mock.calls[0]![0] as () => boolean)()).toBe(false);

    // IPC: the one channel, and a sender from elsewhere is refused (checklist 17).
    expect(electron.ipcHandle.mock.calls.map((c) => c[0])).toEqual([INVOKE_CHANNEL]);
    const handler = electron.ipcHandle.mock.calls[0]![1] as (...a: unknown[]) => Promise<unknown>;
    const foreign = {
      senderFrame: { url: 'file:///opt/carnet/renderer/index.html', parent: null },
      sender: { id: 1, once: vi.fn() },
    };
    expect(await handler(foreign, 'users.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const own = {
      senderFrame: { url: `${APP_INDEX_URL}#/`, parent: null },
      sender: { id: 1, once: vi.fn() },
    };
    expect(await handler(own, 'auth.status', {})).toMatchObject({ ok: true, value: { setupRequired: true } });

    for (const quit of electron.listeners['will-quit'] ?? []) quit();
  });
});

describe('packaging (checklist 16, 19)', () => {
  it('pins a current Electron and turns off the fuses the app does not need', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(Number(pkg.devDependencies.electron!.split('.')[0])).toBeGreaterThanOrEqual(45);
    const builder = readFileSync('electron-builder.yml', 'utf8');
    for (const line of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableCookieEncryption: true',
      'onlyLoadAppFromAsar: true',
      'grantFileProtocolExtraPrivileges: false',
    ]) {
      expect(builder).toContain(`  ${line}`);
    }
  });
});
