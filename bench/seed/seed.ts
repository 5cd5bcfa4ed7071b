import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../../electron/backend/start-backend';
import { openBackend } from '../lib/registry';
import {
  BENCH_ADMIN,
  BENCH_MANAGER,
  cohortPlans,
  isFinished,
  SEED,
  SEED_FILE,
  SEED_TODAY,
  STAFF_PASSWORD,
  GROUPS_PER_COHORT,
  GENERATOR_VERSION,
} from './centre';
import { seedCohort, type CohortRecord } from './cohort';
import { SITES } from './names';
import { Prng } from './prng';
import { createAccounts, createRooms, createTrainers, EXTRA_ROOMS } from './staff';
import { replaySchoolYears } from './school-years';
import { planTimetable } from './timetable';

/** What `bench-seed.json` says about a seeded directory. */
export interface SeedInfo {
  complete: true;
  generatorVersion: number;
  seed: number;
  seededOn: string;
  seconds: number;
  admin: { login: string; password: string };
  /** The pedagogical manager who recorded the past years (BENCH_MANAGER). */
  manager: { login: string; password: string };
  counts: {
    cohorts: number;
    groups: number;
    learners: number;
    trainers: number;
    sessions: number;
    /** Attendance sheets recorded and closed. */
    sheets: number;
    evaluations: number;
    /** Cells holding a mark or a code (ABS, ABJ, DISP, NN). */
    marks: number;
    appreciations: number;
  };
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
    const trainerIds = await createTrainers(b, rng, trainers, accounts.trainers);
    log(
      `Équipe : ${5 + accounts.trainers.length} comptes (dont ${accounts.trainers.length} de formateurs), ` +
        `${trainerIds.length} formateurs, ${rooms.length + EXTRA_ROOMS.length} salles (${seconds(started)} s)`,
    );

    let learners = 0;
    let sessions = 0;
    const records: CohortRecord[] = [];
    for (const [c, plan] of plans.entries()) {
      const cohortStarted = performance.now();
      // The manager works at the start of each intake: records and audit lines carry that date.
      b.clock.now = new Date(`${plan.year}-06-15T08:00:00Z`);
      await b.login(BENCH_ADMIN.login, BENCH_ADMIN.password);
      const { tally, record } = await seedCohort(b, rng, plan, layouts[c]!, {
        programmeId: byCode[plan.programmeCode].id,
        rooms,
        trainers: trainerIds,
      });
      records.push(record);
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

    // The manager signs in for the first time, and chooses her password, on the first intake's first day.
    const manager = { login: accounts.manager, password: BENCH_MANAGER.password };
    b.clock.now = new Date(`${plans[0]!.start}T17:00:00Z`);
    await b.login(manager.login, STAFF_PASSWORD);
    await b.call('auth.changePassword', { currentPassword: STAFF_PASSWORD, newPassword: manager.password });
    await b.login(manager.login, manager.password);
    const byId = new Map(Object.values(byCode).map((p) => [p.id, p.subjects]));
    const school = await replaySchoolYears(b, new Prng(SEED + 1), records, (id) => byId.get(id)!, log);

    b.clock.now = new Date(`${SEED_TODAY}T08:00:00Z`);
    await b.login(BENCH_ADMIN.login, BENCH_ADMIN.password);
    const cohorts = await b.call('cohorts.list', {});
    for (const plan of plans.filter(isFinished)) {
      const cohort = cohorts.find((c) => c.name === plan.name)!;
      await b.call('cohorts.setArchived', { id: cohort.id, archived: true });
    }
    log(`${plans.filter(isFinished).length} promotions terminées archivées`);
    const heaviest = [...b.timings].sort((x, y) => y[1].ms - x[1].ms).slice(0, 6);
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
      manager,
      counts: {
        cohorts: plans.length,
        groups: plans.length * GROUPS_PER_COHORT,
        learners,
        trainers: trainerIds.length,
        sessions,
        sheets: school.sheets,
        evaluations: school.evaluations,
        marks: school.marks + school.codes,
        appreciations: school.appreciations,
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
