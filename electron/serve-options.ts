import { parseArgs } from 'node:util';

export interface ServeOptions {
  dataDir: string;
  host: string;
  port: number;
}

export type ParsedServeOptions = { ok: true; options: ServeOptions } | { ok: false; message: string };

export const SERVE_USAGE =
  'Usage : npm run serve -- [--data DOSSIER] [--host 127.0.0.1|0.0.0.0] [--port 5180]\n' +
  '  --data   dossier des données (ou variable CARNET_DATA_DIR ; par défaut ./carnet-data)\n' +
  '  --host   adresse d’écoute ; 0.0.0.0 ouvre Carnet au réseau local, en HTTPS (HTTP : 127.0.0.1 seulement)\n' +
  '  --port   port d’écoute (5180 par défaut)';

/** Reads `--data`, `--host`, `--port` (and CARNET_DATA_DIR); a mistake is reported, never guessed. */
export function parseServeOptions(argv: string[], env: NodeJS.ProcessEnv): ParsedServeOptions {
  let values: { data?: string; host?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    return { ok: false, message: `Option non reconnue (${(error as Error).message}).\n${SERVE_USAGE}` };
  }
  if (values.help) return { ok: false, message: SERVE_USAGE };
  const port = values.port === undefined ? 5180 : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { ok: false, message: `Port invalide : « ${values.port} » (un entier de 1 à 65535 est attendu).` };
  }
  return {
    ok: true,
    options: {
      dataDir: values.data ?? env.CARNET_DATA_DIR ?? './carnet-data',
      host: values.host ?? '127.0.0.1',
      port,
    },
  };
}
