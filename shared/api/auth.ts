import { z } from 'zod';
import { authFr } from '../i18n/fr/auth';
import { method } from './method';
import { ALL_ROLES, ROLES } from './roles';

export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, { error: authFr.loginInvalid });

export const passwordSchema = z
  .string()
  .min(10, { error: authFr.passwordTooShort })
  .max(200, { error: authFr.passwordTooLong });

export const displayNameSchema = z.string().trim().min(1).max(120);

export const userSchema = z.object({
  id: z.number().int(),
  login: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

const sessionStatusSchema = z.object({
  setupRequired: z.boolean(),
  user: userSchema.nullable(),
});
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

const none = z.object({}).strict();

export const authApi = {
  'auth.status': method({
    summary: 'Whether the first administrator must be created, and who is signed in.',
    input: none,
    output: sessionStatusSchema,
    access: 'public',
  }),
  'auth.setup': method({
    summary: 'Creates the first administrator of an empty database and signs them in.',
    input: z
      .object({ displayName: displayNameSchema, login: loginSchema, password: passwordSchema })
      .strict(),
    output: userSchema,
    access: 'public',
  }),
  'auth.login': method({
    summary: 'Signs in with a login and a password; opens a session.',
    input: z
      .object({
        login: z.string().trim().toLowerCase().min(1).max(200),
        password: z.string().min(1).max(200),
      })
      .strict(),
    output: userSchema,
    access: 'public',
  }),
  'auth.logout': method({
    summary: 'Closes the current session.',
    input: none,
    output: z.object({}),
    access: ALL_ROLES,
    allowedBeforePasswordChange: true,
  }),
  'auth.changePassword': method({
    summary: 'Replaces the signed-in user’s password (required after an administrator reset).',
    input: z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }).strict(),
    output: userSchema,
    access: ALL_ROLES,
    allowedBeforePasswordChange: true,
  }),
};
