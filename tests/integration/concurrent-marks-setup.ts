import { expect } from 'vitest';
import { checksum } from '../helpers/backend';
import { sessionCookie, startHttp, type TestHttp } from './http-client';
import { marksWorld, type MarksWorld } from './marks-setup';

/**
 * Two browsers on the marks world (marks-setup.ts), for the concurrent-edit tests of marks,
 * appreciations and evaluations: real HTTP sessions for Rémi Responsable (a manager), Claire
 * Dupont (who teaches negotiation to G1) and Anne (the administrator).
 */
export interface TwoBrowsers {
  w: MarksWorld;
  http: TestHttp;
  remi: Record<string, string>;
  claire: Record<string, string>;
  anne: Record<string, string>;
}

export async function twoBrowsers(): Promise<TwoBrowsers> {
  const w = await marksWorld();
  const http = await startHttp(w.b.app);
  return {
    w,
    http,
    remi: sessionCookie(w.manager),
    claire: sessionCookie(w.trainer),
    anne: sessionCookie(w.admin),
  };
}

export interface ApiError {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

/** The value of a successful answer; fails the test with the refusal otherwise. */
export async function ok<T>(response: Response): Promise<T> {
  const body = (await response.json()) as { ok: boolean; value: T; error: ApiError };
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.value;
}

/** A refusal (409 CONFLICT) that wrote nothing: the checksum of every table is the same after it. */
export async function conflict(w: MarksWorld, send: () => Promise<Response>): Promise<ApiError> {
  const before = checksum(w.b.db);
  const response = await send();
  expect(response.status).toBe(409);
  const { error } = (await response.json()) as { error: ApiError };
  expect(error.code).toBe('CONFLICT');
  expect(checksum(w.b.db)).toBe(before);
  return error;
}

/** "Alex G1-01" for the first learner of G1, as refusals name learners. */
export const g1Name = (i: number) => `Alex G1-${String(i + 1).padStart(2, '0')}`;
