import { describe, expect, it } from 'vitest';
import { assertFresh, isStale, nextVersion } from '../../electron/backend/concurrency/version';
import { AppError } from '../../electron/backend/errors';

describe('version tokens (optimistic concurrency)', () => {
  it('is the save’s time when the clock moved on', () => {
    expect(nextVersion('2026-03-02T08:15:00.000Z', new Date('2026-03-02T09:00:00Z'))).toBe(
      '2026-03-02T09:00:00.000Z',
    );
    expect(nextVersion(null, new Date('2026-03-02T09:00:00Z'))).toBe('2026-03-02T09:00:00.000Z');
  });

  it('still moves forward within the same millisecond or after the clock went back', () => {
    const previous = '2026-03-02T09:00:00.000Z';
    expect(nextVersion(previous, new Date(previous))).toBe('2026-03-02T09:00:00.001Z');
    expect(nextVersion(previous, new Date('2026-03-01T12:00:00Z'))).toBe('2026-03-02T09:00:00.001Z');
    let token = previous;
    const seen = new Set([token]);
    for (let i = 0; i < 1000; i++) seen.add((token = nextVersion(token, new Date(previous))));
    expect(seen.size).toBe(1001);
  });

  it('refuses a stale token with CONFLICT and the message, builds it only then, and lets a missing one through', () => {
    let built = 0;
    const message = () => (built++, 'Cette séance a été modifiée…');
    expect(() => assertFresh('v2', 'v2', message)).not.toThrow();
    expect(() => assertFresh('v2', undefined, message)).not.toThrow();
    expect(built).toBe(0);
    let thrown: unknown;
    try {
      assertFresh('v2', 'v1', message);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'CONFLICT', message: 'Cette séance a été modifiée…' });
    expect(built).toBe(1);
  });

  it('reads null as "no row" (an empty cell, an unwritten appreciation) and names the stale field', () => {
    expect(isStale(null, null)).toBe(false);
    expect(isStale(null, undefined)).toBe(false);
    expect(isStale('v1', null)).toBe(true); // read empty, filled since
    expect(isStale(null, 'v1')).toBe(true); // read filled, emptied since
    expect(() => assertFresh('v1', null, () => 'Modifiée…', 'expectedUpdatedAt')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', fields: { expectedUpdatedAt: 'Modifiée…' } }),
    );
  });
});
