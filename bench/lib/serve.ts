import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from './args';

export const SERVE_SCRIPT = path.join(PROJECT_ROOT, 'dist', 'electron', 'serve.cjs');
const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 5;

export interface ServeProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 on GET /. */
  readyMs: number;
  stop(): Promise<void>;
}

/** A port nobody listens on at 127.0.0.1, as the OS hands it out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts `node dist/electron/serve.cjs --data DIR` on a free loopback port and polls GET / until
 * it answers 200, for at most 30 s. Its output is kept to explain a failure.
 */
export async function startServe(dataDir: string): Promise<ServeProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [SERVE_SCRIPT, '--data', dataDir, '--port', String(port)], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited(child);
    clearTimeout(killer);
  };
  while (performance.now() - started < READY_TIMEOUT_MS) {
    if (child.exitCode !== null) break;
    if (await answers(`${url}/`)) {
      return { url, pid: child.pid!, readyMs: performance.now() - started, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await stop();
  throw new Error(`serve n’a pas répondu en ${READY_TIMEOUT_MS / 1000} s :\n${output}`);
}

/** Resident memory of a process (VmRSS) and its peak (VmHWM), in bytes, from /proc. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}
