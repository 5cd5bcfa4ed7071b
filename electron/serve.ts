import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { createHttpServer, LOOPBACK_HOSTNAMES } from './backend/http';
import { startBackend } from './backend/start-backend';
import { parseServeOptions } from './serve-options';

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}

/** `npm run serve`: the same registry as the desktop app, over HTTP (team mode, e2e tests). */
async function main(): Promise<void> {
  const parsed = parseServeOptions(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  const { dataDir, host, port } = parsed.options;
  const backend = await startBackend(dataDir);
  if (!backend.ok) {
    console.error(`Carnet ne peut pas démarrer.\n${backend.message}`);
    process.exit(1);
  }
  const loopbackOnly = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  const server = await createHttpServer({
    app: backend.app,
    staticDir: path.join(__dirname, '../renderer'),
    ...(loopbackOnly ? { allowedHostnames: LOOPBACK_HOSTNAMES } : {}),
  });
  try {
    await server.listen({ host, port });
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Le port ${port} est déjà utilisé : arrêtez l’autre programme ou choisissez --port.`
        : `Carnet ne peut pas écouter sur ${host}:${port} (${(error as Error).message}).`,
    );
    backend.db.close();
    process.exit(1);
  }
  if (!loopbackOnly) {
    const addresses = lanAddresses().map((a) => `http://${a}:${port}`);
    console.warn(
      `Attention : Carnet est ouvert au réseau local (${host}:${port}) en HTTP non chiffré. ` +
        'Ne le faites que sur un réseau de confiance.' +
        (addresses.length ? `\nAdresses pour les postes de l’équipe : ${addresses.join(', ')}` : ''),
    );
  }
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  console.log(`Carnet est prêt : http://${shown}:${port}  (données : ${path.resolve(dataDir)})`);

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    void server.close().finally(() => {
      backend.db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
