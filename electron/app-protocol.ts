import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The desktop window loads Carnet from `app://carnet/`, a scheme of its own, rather than from
 * file:// (Electron's security checklist, item 18): a page on file:// may read other local files,
 * and every local file shares its origin. This scheme answers only with the built renderer's
 * files, each with the CSP as a real header.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'carnet';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The page itself, with or without a route after `#`. */
export function isAppPageUrl(url: string): boolean {
  return url === APP_INDEX_URL || url.startsWith(`${APP_INDEX_URL}#`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The file of the renderer folder an `app://carnet/…` URL names, or null: another host, an
 * unknown type, or a path that leaves the folder (`..`, encoded or not) names nothing.
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return TYPES[path.extname(file).toLowerCase()] ? file : null;
}

/** The answer to one request of the window: the file with its type and the security headers, or 404. */
export async function appProtocolResponse(rendererDir: string, url: string): Promise<Response> {
  const file = resolveAppFile(rendererDir, url);
  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  if (!file) return new Response('Introuvable', { status: 404, headers });
  try {
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...headers, 'Content-Type': TYPES[path.extname(file).toLowerCase()]! },
    });
  } catch {
    return new Response('Introuvable', { status: 404, headers });
  }
}
