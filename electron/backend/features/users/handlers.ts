import type { User } from '../../../../shared/api/auth';
import { usersFr } from '../../../../shared/i18n/fr/users';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { requireUser } from '../../context';
import { conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { hashPassword } from '../auth/passwords';
import { deleteSessionsOfUser } from '../auth/sessions';
import {
  countActiveAdmins,
  findUserById,
  insertUser,
  listUsers,
  loginExists,
  setUserDisabled,
  setUserPassword,
  updateUserProfile,
} from './repository';

function existing(ctx: HandlerContext, id: number): User {
  const user = findUserById(ctx.db, id);
  if (!user) throw notFound(usersFr.notFound);
  return user;
}

/** Refuses a change that would leave no active administrator to manage accounts. */
function keepAnAdmin(ctx: HandlerContext, target: User): void {
  if (target.role === 'admin' && !target.disabled && countActiveAdmins(ctx.db) <= 1) {
    throw conflict(usersFr.lastAdmin);
  }
}

const record = (ctx: HandlerContext, action: string, target: User, details?: unknown): void =>
  auditCall(ctx, action, `user:${target.id}`, details);

export const usersHandlers: HandlersOf<
  'users.list' | 'users.create' | 'users.update' | 'users.setDisabled' | 'users.resetPassword'
> = {
  'users.list': (_input, { db }) => listUsers(db),

  'users.create': (input, ctx) => {
    if (loginExists(ctx.db, input.login)) {
      throw conflict(usersFr.loginTaken(input.login), { login: usersFr.loginTaken(input.login) });
    }
    const user = insertUser(
      ctx.db,
      { ...input, passwordHash: hashPassword(input.password), mustChangePassword: true },
      ctx.now,
    );
    record(ctx, 'users.create', user, { login: user.login, role: user.role });
    return user;
  },

  'users.update': (input, ctx) => {
    const target = existing(ctx, input.id);
    if (target.role === 'admin' && input.role !== 'admin') {
      if (target.id === requireUser(ctx).id) throw conflict(usersFr.cannotDemoteSelf);
      keepAnAdmin(ctx, target);
    }
    updateUserProfile(ctx.db, input.id, input.displayName, input.role, ctx.now);
    record(ctx, 'users.update', target, { displayName: input.displayName, role: input.role });
    return existing(ctx, input.id);
  },

  'users.setDisabled': (input, ctx) => {
    const target = existing(ctx, input.id);
    if (input.disabled) {
      if (target.id === requireUser(ctx).id) throw conflict(usersFr.cannotDisableSelf);
      keepAnAdmin(ctx, target);
      deleteSessionsOfUser(ctx.db, target.id);
    }
    setUserDisabled(ctx.db, input.id, input.disabled, ctx.now);
    record(ctx, input.disabled ? 'users.disable' : 'users.enable', target);
    return existing(ctx, input.id);
  },

  'users.resetPassword': (input, ctx) => {
    const target = existing(ctx, input.id);
    setUserPassword(ctx.db, target.id, hashPassword(input.password), true, ctx.now);
    deleteSessionsOfUser(ctx.db, target.id);
    record(ctx, 'users.resetPassword', target);
    return existing(ctx, input.id);
  },
};
