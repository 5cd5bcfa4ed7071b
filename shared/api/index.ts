import type { z } from 'zod';
import './zod-fr';
import { appreciationsApi } from './appreciations';
import { attendanceApi } from './attendance';
import { auditApi } from './audit';
import { authApi } from './auth';
import { availabilityApi } from './availability';
import { backupsApi } from './backups';
import { averagesApi } from './averages';
import { centreApi } from './centre';
import { cohortsApi } from './cohorts';
import { documentsApi, printsApi } from './documents';
import { examsApi } from './exams';
import { importsApi } from './imports';
import { learnerPlanApi } from './learner-plan';
import { learnersApi } from './learners';
import { marksApi } from './marks';
import { marksXlsxApi } from './marks-xlsx';
import type { MethodSpec } from './method';
import { planningApi } from './planning';
import { programmesApi } from './programmes';
import { roomsApi } from './rooms';
import { settingsApi } from './settings';
import { teamApi } from './team';
import { trainersApi } from './trainers';
import { usersApi } from './users';

/** The whole contract: every method Carnet answers, declared once. */
export const contract = {
  ...authApi,
  ...usersApi,
  ...settingsApi,
  ...programmesApi,
  ...cohortsApi,
  ...learnersApi,
  ...learnerPlanApi,
  ...trainersApi,
  ...roomsApi,
  ...importsApi,
  ...planningApi,
  ...availabilityApi,
  ...attendanceApi,
  ...teamApi,
  ...backupsApi,
  ...auditApi,
  ...examsApi,
  ...marksXlsxApi,
  ...marksApi,
  ...averagesApi,
  ...appreciationsApi,
  ...centreApi,
  ...documentsApi,
  ...printsApi,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (before defaults and trimming). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives once the input schema has parsed it. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export { fieldMessages } from './zod-fr';
export type { ApiError, ErrorCode, Result } from './result';
export type { Role } from './roles';
