import type { Backend } from '../lib/registry';
import { BENCH_MANAGER, STAFF_PASSWORD } from './centre';
import { SITES, STAFF_FIRST_NAMES, SURNAMES } from './names';
import { emailLocal, mobile } from './people';
import type { Prng } from './prng';
import { CELLS, LANE_ROOMS, type PlannedTrainer } from './timetable';

/**
 * The team's accounts besides the administrator: two managers, two advisers, trainers' logins.
 * Returns the trainers' user ids and the login of the first manager (BENCH_MANAGER).
 */
export async function createAccounts(
  b: Backend,
  rng: Prng,
  trainerLogins: number,
): Promise<{ trainers: number[]; manager: string }> {
  const people: { role: 'manager' | 'adviser' | 'trainer'; name: string }[] = [
    { role: 'manager', name: BENCH_MANAGER.displayName },
    { role: 'manager', name: 'Stéphane Lefèvre' },
    { role: 'adviser', name: 'Joséphine Crépin' },
    { role: 'adviser', name: 'Noël Bégué' },
  ];
  for (let i = 0; i < trainerLogins; i++) {
    people.push({ role: 'trainer', name: `${rng.pick(STAFF_FIRST_NAMES)} ${rng.pick(SURNAMES)}` });
  }
  const trainerIds: number[] = [];
  const logins: string[] = [];
  for (const [i, person] of people.entries()) {
    const [first = 'x', ...rest] = person.name.split(' ');
    const login = `${emailLocal(first, rest.join(' ')).replace(/[^a-z0-9._-]/g, '')}${i}`.slice(0, 40);
    const user = await b.call('users.create', {
      displayName: person.name,
      login,
      role: person.role,
      password: STAFF_PASSWORD,
    });
    logins.push(login);
    if (person.role === 'trainer') trainerIds.push(user.id);
  }
  return { trainers: trainerIds, manager: logins[0]! };
}

export const EXTRA_ROOMS = [
  { name: 'Salle informatique', capacity: 18, equipment: '18 postes, imprimante' },
  { name: 'Salle de réunion', capacity: 10, equipment: 'Visioconférence' },
  { name: 'Box d’entretien', capacity: 3, equipment: null },
];

/** Twelve classrooms the groups share (six per site) and three rooms no group fits in. */
export async function createRooms(b: Backend): Promise<number[]> {
  const lane: number[] = [];
  for (let i = 0; i < LANE_ROOMS; i++) {
    const site = Math.floor(i / 6);
    const room = await b.call('rooms.create', {
      name: `Salle ${site + 1}0${(i % 6) + 1}`,
      site: SITES[site]!,
      capacity: 26 + ((i * 3) % 7),
      equipment: i % 3 === 0 ? 'Vidéoprojecteur, tableau blanc' : 'Écran interactif',
    });
    lane.push(room.id);
  }
  for (const room of EXTRA_ROOMS) await b.call('rooms.create', { ...room, site: SITES[0]! });
  return lane;
}

/** The trainers the timetable needs, with their subjects and the half-days they declared. */
export async function createTrainers(
  b: Backend,
  rng: Prng,
  planned: readonly PlannedTrainer[],
  accounts: readonly number[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, trainer] of planned.entries()) {
    const firstName = rng.pick(STAFF_FIRST_NAMES);
    const surname = rng.pick(SURNAMES);
    const created = await b.call('trainers.create', {
      surname,
      firstName,
      email: `${emailLocal(firstName, surname)}@centre.example`,
      phone: mobile(rng),
      contractType: i % 5 === 4 ? 'freelance' : i % 7 === 6 ? 'temporary' : 'employee',
      userId: accounts[i] ?? null,
      subjectIds: [...trainer.subjects],
      availability: [...trainer.cells].sort((x, y) => x - y).map((cell) => CELLS[cell]!),
      notes: i % 4 === 0 ? 'Référent·e de la matière pour les deux sites.' : null,
    });
    ids.push(created.id);
  }
  return ids;
}
