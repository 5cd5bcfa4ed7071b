import { app, BrowserWindow, dialog, Menu, session, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { desktopFr as t } from '../shared/i18n/fr/desktop';
import { startBackend } from './backend/start-backend';
import { registerIpc } from './ipc';
import { hardenContents, hardenSession } from './security';

const indexUrl = pathToFileURL(path.join(__dirname, '../renderer/index.html')).href;
const isTrustedUrl = (url: string): boolean => url === indexUrl || url.startsWith(`${indexUrl}#`);

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
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(indexUrl);
  return win;
}

async function main(): Promise<void> {
  // Two instances would open the same database file: focus the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
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
  registerIpc(backend.app, isTrustedUrl);
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
  app.on('will-quit', () => backend.db.close());
}

void main();
