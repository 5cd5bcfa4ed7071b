import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../../electron/backend/start-backend';
import { openBackend } from '../lib/registry';
import {
  BENCH_ADMIN,
  cohortPlans,
  isFinished,
  SEED,
  SEED_FILE,
  SEED_TODAY,
  STAFF_PASSWORD,
  GROUPS_PER_COHORT,
  GENERATOR_VERSION,
} from './centre';
import { seedCohort } from './cohort';
import { SITES } from './names';
import { Prng } from './prng';
import { createAccounts, createRooms, createTrainers, EXTRA_ROOMS } from './staff';
import { planTimetable } from './timetable';

/** What `bench-seed.json` says about a seeded directory. */
export interface SeedInfo {
  complete: true;
  generatorVersion: number;
  seed: number;
  seededOn: string;
  seconds: number;
  admin: { login: string; password: string };
  counts: { cohorts: number; groups: number; learners: number; trainers: number; sessions: number };
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** A directory the seed may (re)write: missing, empty, or one it seeded before. */
function prepare(dir: string): void {
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes(SEED_FILE)) {
      throw new Error(
        `${dir} contient déjà des fichiers qui ne viennent pas du banc d’essai : ` +
          'choisissez un dossier vide ou absent.',
      );
    }
    for (const entry of entries) rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  // Marks the directory as the bench's at once, so an interrupted seed can be run again.
  writeFileSync(path.join(dir, SEED_FILE), '{ "complete": false }\n');
}

/**
 * Writes the synthetic centre into `dir` through the app's own registry (every rule, every
 * transaction, every audit line), cohort by cohort, and prints its progress.
 */
export async function seedCentre(dir: string, log: (line: string) => void = console.log): Promise<SeedInfo> {
  const started = performance.now();
  prepare(dir);
  const rng = new Prng(SEED);
  const plans = cohortPlans(SITES);
  const b = await openBackend(dir, new Date(`${plans[0]!.year}-06-15T08:00:00Z`));
  try {
    await b.setup(BENCH_ADMIN);
    const programmes = await b.call('programmes.list', {});
    const detail = async (code: string) => {
      const summary = programmes.find((p) => p.code === code);
      if (!summary) throw new Error(`programme intégré ${code} introuvable`);
      return b.call('programmes.get', { id: summary.id });
    };
    const byCode = { 'BTS-NRC': await detail('BTS-NRC'), 'BTS-NDRC': await detail('BTS-NDRC') };
    const { layouts, trainers } = planTimetable(
      plans.map((p) => ({ subjects: byCode[p.programmeCode].subjects })),
      GROUPS_PER_COHORT,
    );
    const accounts = await createAccounts(b, rng, 6);
    const rooms = await createRooms(b);
    const trainerIds = await createTrainers(b, rng, trainers, accounts);
    log(
      `Équipe : ${5 + accounts.length} comptes (dont ${accounts.length} de formateurs), ` +
        `${trainerIds.length} formateurs, ${rooms.length + EXTRA_ROOMS.length} salles (${seconds(started)} s)`,
    );

    let learners = 0;
    let sessions = 0;
    for (const [c, plan] of plans.entries()) {
      const cohortStarted = performance.now();
      // The manager works at the start of each intake: records and audit lines carry that date.
      b.clock.now = new Date(`${plan.year}-06-15T08:00:00Z`);
      await b.login(BENCH_ADMIN.login, BENCH_ADMIN.password);
      const tally = await seedCohort(b, rng, plan, layouts[c]!, {
        programmeId: byCode[plan.programmeCode].id,
        rooms,
        trainers: trainerIds,
      });
      learners += tally.learners;
      sessions += tally.sessions;
      const { company, holiday, other } = tally.skipped;
      log(
        `${plan.name} : ${tally.learners} apprenants, ${tally.sessions} séances ` +
          `(demi-journées écartées : ${company} en entreprise, ${holiday} fériées, ${other} autres), ` +
          `${tally.internships} plans de stage (${seconds(cohortStarted)} s, total ${seconds(started)} s)`,
      );
      for (const reason of tally.otherReasons) log(`  écartée, à corriger dans le générateur : ${reason}`);
    }

    b.clock.now = new Date(`${SEED_TODAY}T08:00:00Z`);
    await b.login(BENCH_ADMIN.login, BENCH_ADMIN.password);
    const cohorts = await b.call('cohorts.list', {});
    for (const plan of plans.filter(isFinished)) {
      const cohort = cohorts.find((c) => c.name === plan.name)!;
      await b.call('cohorts.setArchived', { id: cohort.id, archived: true });
    }
    log(`${plans.filter(isFinished).length} promotions terminées archivées`);
    const heaviest = [...b.timings].sort((x, y) => y[1].ms - x[1].ms).slice(0, 4);
    log(
      `Temps par méthode : ${heaviest
        .map(([method, t]) => `${method} ${(t.ms / 1000).toFixed(1)} s (${t.calls} appels)`)
        .join(', ')}`,
    );

    const info: SeedInfo = {
      complete: true,
      generatorVersion: GENERATOR_VERSION,
      seed: SEED,
      seededOn: SEED_TODAY,
      seconds: Number(seconds(started)),
      admin: { login: BENCH_ADMIN.login, password: BENCH_ADMIN.password },
      counts: {
        cohorts: plans.length,
        groups: plans.length * GROUPS_PER_COHORT,
        learners,
        trainers: trainerIds.length,
        sessions,
      },
    };
    return info;
  } finally {
    b.close();
  }
}

export function writeSeedInfo(dir: string, info: SeedInfo): void {
  writeFileSync(
    path.join(dir, SEED_FILE),
    `${JSON.stringify({ ...info, staffPassword: STAFF_PASSWORD }, null, 2)}\n`,
  );
}

export const databaseFile = (dir: string) => path.join(dir, DATABASE_FILE);
