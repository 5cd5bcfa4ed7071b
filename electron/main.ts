import { app, BrowserWindow, dialog, Menu, session, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { desktopFr as t } from '../shared/i18n/fr/desktop';
import { APP_INDEX_URL, isAppPageUrl as isTrustedUrl } from './app-protocol';
import { startBackend } from './backend/start-backend';
import { installTeamControl } from './backend/team/control';
import { desktopTeamControl } from './backend/team/desktop-control';
import { registerIpc } from './ipc';
import {
  hardenContents,
  hardenSession,
  registerAppScheme,
  secureWebPreferences,
  serveAppScheme,
} from './security';

const rendererDir = path.join(__dirname, '../renderer');

function buildMenu(dataDir: string): Menu {
  const template: MenuItemConstructorOptions[] = [
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'togglefullscreen', label: t.fullscreen },
      ],
    },
    {
      label: t.help,
      submenu: [
        {
          label: t.about,
          click: () => void dialog.showMessageBox({ message: t.aboutText(app.getVersion(), dataDir) }),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Carnet',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
  return win;
}

async function main(): Promise<void> {
  // Two instances would open the same database file: focus the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isTrustedUrl));

  await app.whenReady();
  const dataDir = process.env.CARNET_DATA_DIR ?? path.join(app.getPath('userData'), 'donnees');
  const backend = await startBackend(dataDir);
  if (!backend.ok) {
    dialog.showErrorBox(t.cannotStart, backend.message);
    app.exit(1);
    return;
  }
  hardenSession(session.defaultSession);
  serveAppScheme(session.defaultSession, rendererDir);
  registerIpc(backend.app, isTrustedUrl);
  // "Partager sur le réseau" drives this: HTTPS on the local network, off until an admin starts it.
  const team = desktopTeamControl({ app: backend.app, dataDir, staticDir: rendererDir });
  installTeamControl(team);
  Menu.setApplicationMenu(buildMenu(dataDir));
  let win = createWindow();

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void team.stop();
    backend.close();
  });
}

void main();
