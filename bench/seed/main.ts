import { dataDirFromArgs } from '../lib/args';
import { seedCentre, writeSeedInfo } from './seed';

/** `npm run bench:seed -- --data DIR`: writes the synthetic centre into DIR. */
async function main(): Promise<void> {
  const dir = dataDirFromArgs(process.argv.slice(2));
  console.log(`Centre de formation synthétique → ${dir}`);
  const info = await seedCentre(dir);
  writeSeedInfo(dir, info);
  const { counts } = info;
  console.log(
    `Terminé en ${info.seconds} s : ${counts.cohorts} promotions, ${counts.groups} groupes, ` +
      `${counts.learners} apprenants, ${counts.trainers} formateurs, ${counts.sessions} séances, ` +
      `${counts.sheets} feuilles d’émargement, ${counts.evaluations} évaluations, ${counts.marks} notes, ` +
      `${counts.appreciations} appréciations.`,
  );
  console.log(`Connexion : ${info.admin.login} / ${info.admin.password}`);
  console.log(`Responsable pédagogique : ${info.manager.login} / ${info.manager.password}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
