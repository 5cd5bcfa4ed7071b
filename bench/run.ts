import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataDirFromArgs, PROJECT_ROOT, readSeedInfo } from './lib/args';
import { PHASES, type Figure, type LoadedFigure } from './lib/figure';
import { Phases, workingCopy } from './lib/phases';
import { amount, rowOf, table, withRatios, writeResults, type Row } from './lib/report';
import { SERVE_SCRIPT } from './lib/serve';
import { seedCentre, writeSeedInfo, type SeedInfo } from './seed/seed';

const FIGURES_DIR = path.join(import.meta.dirname, 'figures');
const RESULTS_FILE = path.join(import.meta.dirname, 'results.json');

/** Every file of bench/figures/, in phase order, then by file name. */
async function loadFigures(): Promise<LoadedFigure[]> {
  const files = readdirSync(FIGURES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const figures: LoadedFigure[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(FIGURES_DIR, file)).href)) as { figure?: Figure };
    if (!module.figure) throw new Error(`bench/figures/${file} n’exporte pas de « figure »`);
    figures.push({ ...module.figure, id: file.replace(/\.ts$/, '') });
  }
  return figures.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
}

/** The serve figures need the built app: built once when dist/ is missing. */
function ensureBuild(): void {
  if (existsSync(SERVE_SCRIPT) && existsSync(path.join(PROJECT_ROOT, 'dist', 'renderer', 'index.html')))
    return;
  console.log('dist/ absent : npm run build');
  const built = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build a échoué');
}

async function ensureSeed(dir: string): Promise<{ info: SeedInfo; seconds: number | null }> {
  const existing = readSeedInfo(dir);
  if (existing) return { info: existing, seconds: null };
  console.log(`Pas de centre synthétique à jour dans ${dir} : création (npm run bench:seed)`);
  const info = await seedCentre(dir);
  writeSeedInfo(dir, info);
  return { info, seconds: info.seconds };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<number> {
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const seedDir = dataDirFromArgs(process.argv.slice(2));
  const figures = await loadFigures();
  ensureBuild();
  const seed = await ensureSeed(seedDir);
  const scratch = mkdtempSync(path.join(tmpdir(), 'carnet-bench-'));
  const workDir = path.join(scratch, 'donnees');
  workingCopy(seedDir, workDir);
  const phases = new Phases(seed.info, { seedDir, workDir, scratch });
  const rows: Row[] = [];
  try {
    for (const phase of PHASES) {
      const mine = figures.filter((f) => f.phase === phase);
      if (mine.length === 0) continue;
      if (mine.some((f) => f.run)) await phases.enter(phase);
      for (const figure of mine) {
        if (!figure.run) {
          rows.push(rowOf(figure, null));
          continue;
        }
        process.stdout.write(`▸ ${figure.name}… `);
        try {
          const measured = await figure.run(phases.context);
          rows.push(rowOf(figure, measured));
        } catch (error) {
          rows.push(rowOf(figure, error instanceof Error ? error : new Error(String(error))));
        }
        const last = rows[rows.length - 1]!;
        console.log(last.median === null ? 'erreur' : amount(last.median, last.unit));
      }
      await phases.leave(phase);
    }
  } finally {
    await phases.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  const final = withRatios(rows);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`\n${table(final)}`);
  const load = { start: round1(loadAtStart), end: round1(loadavg()[0]!) };
  await writeResults(RESULTS_FILE, final, seed.info, { seconds, seedSeconds: seed.seconds, load });
  console.log(
    `Charge de la machine (moyenne sur 1 min) : ${load.start} au début, ${load.end} à la fin, pour ${cpus().length} cœurs.`,
  );
  if (Math.max(load.start, load.end) > cpus().length) {
    console.log('Attention : d’autres programmes occupaient la machine, les chiffres en sont ralentis.');
  }
  console.log(
    `Banc d’essai terminé en ${seconds} s${seed.seconds === null ? '' : ` (dont ${seed.seconds} s de création du centre)`} ` +
      `— résultats dans bench/results.json. Les objectifs sont affichés, jamais imposés.`,
  );
  console.log(
    `Centre synthétique : ${seedDir} (connexion ${seed.info.admin.login} / ${seed.info.admin.password})`,
  );
  const errors = final.filter((r) => r.status === 'error').length;
  if (errors > 0) console.error(`${errors} mesure(s) en erreur : voir les notes ci-dessus.`);
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
