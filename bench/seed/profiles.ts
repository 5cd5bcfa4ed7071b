import { SEED } from './centre';
import { Prng } from './prng';

/**
 * What a learner is like, drawn once from their id (not from the order the seed meets them in,
 * so marks and attendance stay the same whatever is seeded first): a level, a liking for each
 * subject, how often they miss a half-day and how often they come late.
 */
export interface Profile {
  /** Their usual mark out of 20. */
  level: number;
  /** Share of half-days missed: most learners rarely, a few often. */
  absence: number;
  lateness: number;
  affinity(subjectId: number): number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export class Profiles {
  private readonly byLearner = new Map<number, Profile>();

  of(learnerId: number): Profile {
    let profile = this.byLearner.get(learnerId);
    if (!profile) {
      profile = draw(learnerId);
      this.byLearner.set(learnerId, profile);
    }
    return profile;
  }
}

const seeded = (...keys: number[]) =>
  new Prng(keys.reduce((hash, key) => Math.imul(hash ^ key, 0x9e3779b1) >>> 0, SEED));

function draw(learnerId: number): Profile {
  const rng = seeded(learnerId);
  const affinities = new Map<number, number>();
  const assiduity = rng.next();
  return {
    level: clamp(rng.gaussian(11.5, 2.6), 4, 18.5),
    absence: assiduity < 0.7 ? 0.02 : assiduity < 0.92 ? 0.06 : 0.15,
    lateness: rng.chance(0.2) ? 0.08 : 0.015,
    affinity(subjectId) {
      let value = affinities.get(subjectId);
      if (value === undefined) {
        value = seeded(learnerId, subjectId).gaussian(0, 1.3);
        affinities.set(subjectId, value);
      }
      return value;
    },
  };
}
