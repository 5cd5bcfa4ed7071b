import { authFr } from '../../../../shared/i18n/fr/auth';
import { usersFr } from '../../../../shared/i18n/fr/users';
import { audit } from '../../audit';
import { requireUser } from '../../context';
import { AppError, conflict } from '../../errors';
import { staged, type HandlersOf } from '../../handlers';
import { countUsers, findUserWithHash, insertUser, recordLogin, setUserPassword } from '../users/repository';
import { attemptLogin, type LoginOutcome } from './login';
import { hashPassword, verifyPassword } from './passwords';

export const authHandlers: HandlersOf<
  'auth.status' | 'auth.setup' | 'auth.login' | 'auth.logout' | 'auth.changePassword'
> = {
  'auth.status': (_input, { db, user }) => ({ setupRequired: countUsers(db) === 0, user }),

  'auth.setup': (input, ctx) => {
    // Checked inside the call's transaction, so two first starts racing cannot both create an admin.
    if (countUsers(ctx.db) > 0) throw conflict(authFr.setupAlreadyDone);
    const user = insertUser(
      ctx.db,
      { ...input, role: 'admin', passwordHash: hashPassword(input.password), mustChangePassword: false },
      ctx.now,
    );
    audit(ctx.db, { at: ctx.now, userId: user.id, action: 'auth.setup', target: `user:${user.id}` });
    recordLogin(ctx.db, user.id, ctx.now);
    ctx.startSession(user.id);
    return { ...user, lastLoginAt: ctx.now.toISOString() };
  },

  // Staged so that a refusal is raised after the transaction: the failure it counts stays written.
  'auth.login': staged<'auth.login', undefined, LoginOutcome>({
    run: (input, ctx) => attemptLogin(input, ctx),
    after: async (outcome) => {
      if (!outcome.ok) throw new AppError('NOT_AUTHENTICATED', outcome.message);
      return outcome.user;
    },
  }),

  'auth.logout': (_input, ctx) => {
    ctx.endSession();
    return {};
  },

  'auth.changePassword': (input, ctx) => {
    const me = requireUser(ctx);
    const found = findUserWithHash(ctx.db, { id: me.id });
    if (!found) throw new AppError('NOT_FOUND', usersFr.notFound);
    if (!verifyPassword(input.currentPassword, found.passwordHash)) {
      throw new AppError('INVALID_INPUT', authFr.wrongCurrentPassword, {
        currentPassword: authFr.wrongCurrentPassword,
      });
    }
    if (input.currentPassword === input.newPassword) {
      throw new AppError('INVALID_INPUT', authFr.samePassword, { newPassword: authFr.samePassword });
    }
    setUserPassword(ctx.db, me.id, hashPassword(input.newPassword), false, ctx.now);
    audit(ctx.db, { at: ctx.now, userId: me.id, action: 'auth.changePassword', target: `user:${me.id}` });
    return { ...me, mustChangePassword: false };
  },
};
