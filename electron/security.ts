import { protocol, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { APP_SCHEME, appProtocolResponse } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isAllowedExternal } from './external-links';

/**
 * Electron's security checklist, in one place (SECURITY.md lists each item and where it is met).
 * The window's web preferences: Node stays out of the page, the page runs in Chromium's sandbox
 * with its own JavaScript world, and nothing loosens the web's own rules.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
    safeDialogs: true,
    spellcheck: true,
  };
}

/**
 * Declares the app:// scheme as standard and secure, like https: relative URLs resolve, the page
 * is a secure context with an origin of its own. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://carnet/ in this session (see app-protocol.ts). */
export function serveAppScheme(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererDir, request.url));
}

/** Denies every permission and device (camera, notifications, USB…) and adds the CSP to every response. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** An allowed official site opens in the user's browser; anything else is not opened at all. */
function openOutside(url: string): void {
  if (isAllowedExternal(url)) void shell.openExternal(url);
}

/**
 * The window shows Carnet's page and nothing else: no navigation away, no new windows, no
 * webviews. A link to one of the allowed official sites opens in the user's browser instead.
 */
export function hardenContents(contents: WebContents, isTrustedUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (isTrustedUrl(url)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
