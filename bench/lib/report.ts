import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { format, resolveConfig } from 'prettier';
import { formatNumber } from '../../shared/format/fr';
import type { SeedInfo } from '../seed/seed';
import type { Goal, LoadedFigure, Measurement } from './figure';

export type Status = 'pass' | 'fail' | 'no goal' | 'not built' | 'error';

export interface Row {
  id: string;
  figure: string;
  unit: string;
  median: number | null;
  p95: number | null;
  runs: number | null;
  goal: Goal | null;
  status: Status;
  baseline: string | null;
  ratio: number | null;
  note: string | null;
}

const STATUS_FR: Record<Status, string> = {
  pass: 'atteint',
  fail: 'MANQUÉ',
  'no goal': '—',
  'not built': 'pas encore construit',
  error: 'ERREUR',
};

function judge(goal: Goal | null, m: Measurement): Status {
  if (!goal) return 'no goal';
  const within = (bound: number | undefined, value: number) => bound === undefined || value <= bound;
  return within(goal.median, m.median) && within(goal.p95, m.p95) ? 'pass' : 'fail';
}

export function rowOf(figure: LoadedFigure, outcome: Measurement | Error | null): Row {
  const base = {
    id: figure.id,
    figure: figure.name,
    unit: figure.unit,
    goal: figure.goal,
    baseline: figure.baseline ?? null,
    ratio: null,
  };
  if (outcome === null || outcome instanceof Error) {
    return {
      ...base,
      median: null,
      p95: null,
      runs: null,
      status: outcome ? 'error' : 'not built',
      note: outcome ? outcome.message : null,
    };
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    ...base,
    median: round(outcome.median),
    p95: round(outcome.p95),
    runs: outcome.runs,
    status: judge(figure.goal, outcome),
    note: outcome.note ?? null,
  };
}

/** Ratios to baselines measured in the same run: a slow machine slows both sides. */
export function withRatios(rows: readonly Row[]): Row[] {
  return rows.map((row) => {
    const base = rows.find((r) => r.id === row.baseline);
    if (row.median === null || !base?.median) return row;
    return { ...row, ratio: Math.round((row.median / base.median) * 10) / 10 };
  });
}

const number = (value: number) => formatNumber(value, value < 10 ? 2 : value < 100 ? 1 : 0);
export const amount = (value: number | null, unit: string) =>
  value === null ? '—' : `${number(value)} ${unit}`;

function goalText(goal: Goal | null, unit: string): string {
  if (!goal) return '—';
  const parts = [];
  if (goal.median !== undefined) parts.push(`≤ ${number(goal.median)} ${unit}`);
  if (goal.p95 !== undefined) parts.push(`p95 ≤ ${number(goal.p95)} ${unit}`);
  return parts.join(', ');
}

export function table(rows: readonly Row[]): string {
  const header = ['Mesure', 'Médiane', 'p95', 'Essais', 'Objectif', 'Résultat', 'Rapport'];
  const lines = rows.map((r) => [
    r.figure,
    amount(r.median, r.unit),
    amount(r.p95, r.unit),
    r.runs === null ? '—' : String(r.runs),
    goalText(r.goal, r.unit),
    STATUS_FR[r.status],
    r.ratio === null ? '—' : `×${formatNumber(r.ratio, 1)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const right = new Set([1, 2, 3, 6]);
  const render = (cells: string[]) =>
    cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const notes = rows
    .filter((r) => r.note)
    .map((r) => `  ${r.figure} : ${r.note}`)
    .join('\n');
  return [render(header), widths.map((w) => '─'.repeat(w)).join('  '), ...lines.map(render), '', notes].join(
    '\n',
  );
}

/** bench/results.json, formatted as Prettier would, so `npm run lint` passes with it present. */
export async function writeResults(
  file: string,
  rows: readonly Row[],
  seed: SeedInfo,
  totals: { seconds: number; seedSeconds: number | null; load: { start: number; end: number } },
): Promise<void> {
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? null,
      memoryGiB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      /** One-minute load average when the run started and ended: above the core count, others were busy. */
      loadAverage: totals.load,
    },
    seed: { ...seed.counts, seed: seed.seed },
    totalSeconds: totals.seconds,
    seedSeconds: totals.seedSeconds,
    figures: rows,
  };
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(JSON.stringify(results), { ...options, parser: 'json' }));
}
