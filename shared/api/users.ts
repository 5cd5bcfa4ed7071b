import { z } from 'zod';
import { displayNameSchema, loginSchema, passwordSchema, userSchema } from './auth';
import { method } from './method';
import { ROLES } from './roles';

const userId = z.object({ id: z.number().int().positive() }).strict();

export const usersApi = {
  'users.list': method({
    summary: 'All accounts, active and disabled.',
    input: z.object({}).strict(),
    output: z.array(userSchema),
    access: ['admin'],
  }),
  'users.create': method({
    summary: 'Creates an account with a provisional password the user must change at first login.',
    input: z
      .object({
        displayName: displayNameSchema,
        login: loginSchema,
        role: z.enum(ROLES),
        password: passwordSchema,
      })
      .strict(),
    output: userSchema,
    access: ['admin'],
  }),
  'users.update': method({
    summary: 'Changes an account’s name or role.',
    input: userId.extend({ displayName: displayNameSchema, role: z.enum(ROLES) }).strict(),
    output: userSchema,
    access: ['admin'],
  }),
  'users.setDisabled': method({
    summary: 'Disables (closing its sessions) or re-enables an account; history is kept.',
    input: userId.extend({ disabled: z.boolean() }).strict(),
    output: userSchema,
    access: ['admin'],
  }),
  'users.resetPassword': method({
    summary: 'Sets a provisional password; the user must change it at next login.',
    input: userId.extend({ password: passwordSchema }).strict(),
    output: userSchema,
    access: ['admin'],
  }),
};
