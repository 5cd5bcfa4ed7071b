import { describe, expect, it } from 'vitest';
import { canAdd, GROUP_MAX, GROUP_MIN, isPlannable, placesLeft } from '../../shared/domain/group-size';

describe('group size', () => {
  it('is 5 to 30 learners', () => {
    expect([GROUP_MIN, GROUP_MAX]).toEqual([5, 30]);
  });

  it('makes a group plannable from 5 to 30 learners only', () => {
    expect(isPlannable(0)).toBe(false);
    expect(isPlannable(4)).toBe(false);
    expect(isPlannable(5)).toBe(true);
    expect(isPlannable(30)).toBe(true);
    expect(isPlannable(31)).toBe(false);
  });

  it('counts the places left, never below zero', () => {
    expect(placesLeft(0)).toBe(30);
    expect(placesLeft(29)).toBe(1);
    expect(placesLeft(30)).toBe(0);
    expect(placesLeft(31)).toBe(0);
  });

  it('lets a group reach 30 learners, never 31', () => {
    expect(canAdd(0, 30)).toBe(true);
    expect(canAdd(0, 31)).toBe(false);
    expect(canAdd(29, 1)).toBe(true);
    expect(canAdd(30, 1)).toBe(false);
    expect(canAdd(25, 5)).toBe(true);
    expect(canAdd(25, 6)).toBe(false);
  });

  it('accepts adding nobody to any group within the limit, and refuses a negative count', () => {
    expect(canAdd(30, 0)).toBe(true);
    expect(canAdd(0, 0)).toBe(true);
    expect(canAdd(10, -1)).toBe(false);
  });
});
