import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/**
 * Libraries the children never use (workbooks, PDFs, calendars) but the registry imports: loaded
 * on first use only, which halves the time a child takes to start. Behaviour is unchanged.
 */
const LAZY = ['exceljs', 'pdfkit', 'ical.js'];
const lazyModules = {
  name: 'crash-lazy-modules',
  enforce: 'pre' as const,
  resolveId: (id: string) => (LAZY.includes(id) ? `\0lazy:${id}` : null),
  load(id: string) {
    if (!id.startsWith('\0lazy:')) return null;
    const name = JSON.stringify(id.slice('\0lazy:'.length));
    return `let real;
      const load = () => { real ??= require(${name}); return real.default ?? real; };
      export default new Proxy(function () {}, {
        get: (_t, key) => load()[key],
        construct: (_t, args) => new (load())(...args),
        apply: (_t, self, args) => load().apply(self, args),
      });`;
  },
};

/**
 * Children for the crash test. Started through tsx they take seconds to load, so the test
 * bundles them once with Vite (dependencies stay in node_modules, found through NODE_PATH) and
 * keeps loaded children waiting for their order: a kill trial then costs its run, not a start.
 */
export async function buildChildren(outDir: string): Promise<{ writer: string; migrator: string }> {
  const { build } = await import('vite');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  const external = Object.keys(pkg.dependencies).filter((name) => !LAZY.includes(name));
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [lazyModules],
    define: { __CARNET_VERSION__: JSON.stringify('crash-test') },
    build: {
      ssr: true,
      target: 'node20',
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: { writer: 'tests/helpers/crash-child.ts', migrator: 'tests/helpers/crash-migrate-child.ts' },
        external: [...external, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
      },
    },
  });
  return { writer: path.join(outDir, 'writer.cjs'), migrator: path.join(outDir, 'migrator.cjs') };
}

export interface Run {
  /** Complete lines printed on stdout before the end. */
  lines: string[];
  stderr: string;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/** A child process whose output is collected; `exited` settles when it is gone. */
export class Child {
  readonly process: ChildProcessWithoutNullStreams;
  private out = '';
  private err = '';
  private waiters: { text: string; resolve(): void }[] = [];
  readonly exited: Promise<Run>;

  constructor(script: string, args: string[] = []) {
    this.process = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    });
    this.process.stdout.on('data', (d: Buffer) => {
      this.out += d.toString();
      this.waiters = this.waiters.filter((w) =>
        this.out.includes(`${w.text}\n`) ? (w.resolve(), false) : true,
      );
    });
    this.process.stderr.on('data', (d: Buffer) => (this.err += d.toString()));
    this.exited = new Promise((resolve) =>
      this.process.on('exit', (code, signal) => {
        this.waiters.forEach((w) => w.resolve());
        // A line counts only once its newline is out: a write cut by the kill is not a printed one.
        const lines = this.out.split('\n').slice(0, -1);
        resolve({ lines, stderr: this.err, signal, code });
      }),
    );
  }

  /** Resolves when the line has been printed (or the process ended without printing it). */
  printed(text: string): Promise<void> {
    if (this.out.includes(`${text}\n`)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ text, resolve }));
  }

  send(order: unknown): void {
    this.process.stdin.write(`${JSON.stringify(order)}\n`);
  }

  kill(): void {
    this.process.kill('SIGKILL');
  }
}

/** Loaded children waiting for an order, replaced as soon as one is taken. */
export class WarmPool {
  private ready: Child[] = [];
  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {
    for (let i = 0; i < size; i++) this.ready.push(new Child(script));
  }

  async take(): Promise<Child> {
    const child = this.ready.shift() ?? new Child(this.script);
    this.ready.push(new Child(this.script));
    await child.printed('loaded');
    return child;
  }

  close(): void {
    for (const child of this.ready) child.kill();
    this.ready = [];
  }
}

/** A small seeded generator (mulberry32): the same seed, the same kill moments. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
