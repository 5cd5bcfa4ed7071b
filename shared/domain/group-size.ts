/** A group has 5 to 30 participants (programme sheet of the BTS NDRC). */
export const GROUP_MIN = 5;
export const GROUP_MAX = 30;

/** A group under the minimum exists (it is being filled) but cannot be planned. */
export function isPlannable(learnerCount: number): boolean {
  return learnerCount >= GROUP_MIN && learnerCount <= GROUP_MAX;
}

/** How many more learners fit, never negative. */
export function placesLeft(learnerCount: number): number {
  return Math.max(0, GROUP_MAX - learnerCount);
}

/** Whether `adding` more learners keep the group within its limit. */
export function canAdd(learnerCount: number, adding: number): boolean {
  return adding >= 0 && learnerCount + adding <= GROUP_MAX;
}
