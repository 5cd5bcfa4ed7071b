import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../../electron/backend/start-backend';
import { MIB, single, type Figure } from '../lib/figure';

/** The seeded centre's database file (and its WAL, if any) on disk. */
export const figure: Figure = {
  name: 'Taille de la base du centre synthétique',
  unit: 'MiB',
  goal: null,
  phase: 'backend',
  async run({ seedDir, seed }) {
    const file = path.join(seedDir, DATABASE_FILE);
    const wal = `${file}-wal`;
    const bytes = statSync(file).size + (existsSync(wal) ? statSync(wal).size : 0);
    const { counts } = seed;
    return single(
      bytes / MIB,
      `${counts.learners} apprenants, ${counts.groups} groupes, ${counts.sessions} séances, ` +
        `${counts.trainers} formateurs, ${counts.sheets} feuilles d’émargement, ${counts.evaluations} évaluations, ` +
        `${counts.marks} notes, ${counts.appreciations} appréciations`,
    );
  },
};
