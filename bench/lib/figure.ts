import type { Browser } from '@playwright/test';
import type { SeedInfo } from '../seed/seed';
import type { HttpClient } from './http';
import type { Backend } from './registry';
import type { ServeProcess } from './serve';

/**
 * One row of the bench. A figure is one small file in bench/figures/ exporting `figure`; a
 * capability not built yet exports its row with `run: null` and prints "pas encore construit",
 * until the branch that builds it fills `run` in.
 */
export interface Figure {
  /** What the table prints, in French like every other output of Carnet. */
  name: string;
  unit: 'ms' | 'MiB';
  /** Upper bounds from the issue, printed as pass or fail, never enforced. */
  goal: Goal | null;
  /** When it runs, which decides what the context holds (see Phase). */
  phase: Phase;
  /** id of a baseline figure: the ratio median / baseline median is printed beside it. */
  baseline?: string;
  run: ((ctx: BenchContext) => Promise<Measurement>) | null;
}

/** A figure as loaded: its id is its file name, the stable key in results.json. */
export type LoadedFigure = Figure & { id: string };

/**
 * - baseline: raw libraries only, nothing of Carnet.
 * - backend: the registry in this process, on the working copy, signed in as the administrator.
 * - startup: nothing running; the figure starts its own serve processes.
 * - serve: one `serve` process on the working copy and an HTTP client signed in to it.
 * - browser: the same, and Chromium.
 * - final: the same serve after everything above used it (its memory).
 */
export const PHASES = ['baseline', 'backend', 'startup', 'serve', 'browser', 'final'] as const;
export type Phase = (typeof PHASES)[number];

export interface Goal {
  median?: number;
  p95?: number;
}

export interface Measurement {
  median: number;
  p95: number;
  runs: number;
  /** What the number covers, or a breakdown, printed under the table. */
  note?: string;
}

export interface BenchContext {
  seed: SeedInfo;
  /** The seeded directory, never written by the figures. */
  seedDir: string;
  /** A copy of the seeded database the figures may change; thrown away at the end. */
  workDir: string;
  /** A temporary folder for files a figure writes. */
  scratch: string;
  backend(): Backend;
  http(): HttpClient;
  serve(): ServeProcess;
  browser(): Browser;
}

/**
 * Runs `sample` `warmup` times unrecorded, then `runs` times; each call returns the duration it
 * measured, so a figure can leave its own preparation out of the time.
 */
export async function sampled(
  sample: (run: number) => Promise<number> | number,
  { warmup, runs }: { warmup: number; runs: number },
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await sample(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await sample(warmup + i));
  return summarize(times);
}

/** The time `action` takes, in milliseconds. */
export async function stopwatch(action: () => unknown): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

export function summarize(values: readonly number[]): Measurement {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  // Nearest rank: with 20 runs the p95 is the 19th value, not an interpolation.
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * n) - 1)]!;
  return { median, p95, runs: n };
}

/** A single reading (a size, a memory figure): median and p95 are that value. */
export const single = (value: number, note?: string): Measurement => ({
  median: value,
  p95: value,
  runs: 1,
  ...(note ? { note } : {}),
});

export const MIB = 1024 * 1024;
