import type { Input } from '../../shared/api/index';
import { addDays } from '../../shared/domain/calendar/dates';
import { foldName } from '../../shared/domain/learner-rules';
import { BUSINESSES, LEARNER_FIRST_NAMES, STREETS, SURNAMES, TOWNS } from './names';
import type { Prng } from './prng';

type LearnerInput = Input<'learners.create'>;

const ROUTES = {
  apprenticeship: 62,
  professionalisation: 14,
  initial_alternating: 15,
  pro_formula: 6,
  vae: 3,
} as const;
const FUNDINGS = ['cpf', 'skills_plan', 'cpf_transition', 'pro_a', 'csp'] as const;

/** "jean-baptiste.lefevre-dupont": what an address book would hold for the name. */
export function emailLocal(firstName: string, surname: string): string {
  const part = (s: string) => foldName(s).replace(/[’' ]/g, '');
  return `${part(firstName)}.${part(surname)}`;
}

export function mobile(rng: Prng): string {
  return `0${rng.pick(['6', '7'])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
}

export function address(rng: Prng): string {
  return `${rng.int(1, 120)} ${rng.pick(STREETS)}, ${rng.pick(TOWNS)}`;
}

/** 13 random digits and the Luhn key that makes a valid SIRET (never La Poste's SIREN). */
export function siret(rng: Prng): string {
  const body = `${rng.int(3, 8)}${rng.digits(12)}`;
  for (let key = 0; key <= 9; key++) {
    const candidate = `${body}${key}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let digit = Number(candidate[13 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable: one Luhn key always fits');
}

function employer(rng: Prng) {
  const owner = rng.pick(SURNAMES);
  const tutorFirst = rng.pick(LEARNER_FIRST_NAMES);
  const tutorSurname = rng.pick(SURNAMES);
  return {
    employerName: `${rng.pick(BUSINESSES)} ${owner}`,
    employerAddress: address(rng),
    employerSiret: siret(rng),
    tutorName: `${tutorFirst} ${tutorSurname}`,
    tutorEmail: `${emailLocal(tutorFirst, tutorSurname)}@entreprise.example`,
    tutorPhone: mobile(rng),
  };
}

/** One learner of a cohort starting on `start` and ending on `end`, joining on its first day. */
export function learnerInput(
  rng: Prng,
  target: { cohortId: number; groupId: number; start: string; end: string; year: number },
): LearnerInput {
  const surname = rng.pick(SURNAMES);
  const firstName = rng.pick(LEARNER_FIRST_NAMES);
  const accessRoute = rng.weighted(ROUTES);
  const birthYear = target.year - rng.int(18, 23);
  const base: LearnerInput = {
    surname,
    firstName,
    birthDate: `${birthYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    email: `${emailLocal(firstName, surname)}@apprenant.example`,
    phone: mobile(rng),
    address: address(rng),
    accessRoute,
    cohortId: target.cohortId,
    groupId: target.groupId,
    entryDate: target.start,
  };
  if (accessRoute === 'apprenticeship' || accessRoute === 'professionalisation') {
    return {
      ...base,
      ...employer(rng),
      contractStart: addDays(target.start, -rng.int(0, 21)),
      contractEnd: target.end,
    };
  }
  if (accessRoute === 'pro_formula') return { ...base, ...employer(rng), funding: rng.pick(FUNDINGS) };
  return base;
}
