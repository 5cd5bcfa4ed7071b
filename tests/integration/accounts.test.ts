import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../electron/backend/features/auth/passwords';
import {
  ADMIN,
  checksum,
  freshBackend,
  login,
  setupAdmin,
  userWithRole,
  type TestBackend,
} from '../helpers/backend';

let b: TestBackend;
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });

describe('first start', () => {
  it('reports that setup is required on an empty database, then creates the admin and signs them in', async () => {
    b = await freshBackend();
    expect((await b.app.call('auth.status', {})).result).toEqual({
      ok: true,
      value: { setupRequired: true, user: null },
    });
    const token = await setupAdmin(b.app);
    const status = await b.app.call('auth.status', {}, as(token));
    expect(status.result).toMatchObject({
      ok: true,
      value: { setupRequired: false, user: { login: ADMIN.login, role: 'admin', mustChangePassword: false } },
    });
  });

  it('allows setup only once, and the second attempt writes nothing', async () => {
    b = await freshBackend();
    await setupAdmin(b.app);
    const before = checksum(b.db);
    const again = await b.app.call('auth.setup', {
      displayName: 'Intrus',
      login: 'intrus',
      password: 'motdepasse-intrus',
    });
    expect(again.result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(again.session).toBeUndefined();
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses a weak password or an invalid login with French field messages', async () => {
    b = await freshBackend();
    const { result } = await b.app.call('auth.setup', { displayName: ' ', login: 'A B', password: 'court' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          displayName: 'Ce champ ne peut pas être vide.',
          login: expect.stringMatching(/^Identifiant invalide/),
          password: '10 caractères au moins.',
        },
      },
    });
    expect((await b.app.call('auth.status', {})).result).toMatchObject({ value: { setupRequired: true } });
  });

  it('stores a salted scrypt hash, never the password', async () => {
    b = await freshBackend();
    await setupAdmin(b.app);
    const { password_hash } = b.db.prepare('SELECT password_hash FROM users').get() as {
      password_hash: string;
    };
    expect(password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$/);
    expect(password_hash).not.toContain(ADMIN.password);
    expect(verifyPassword(ADMIN.password, password_hash)).toBe(true);
    expect(verifyPassword('autre-chose-123', password_hash)).toBe(false);
  });
});

describe('login', () => {
  it('accepts the right password, whatever the case of the login', async () => {
    b = await freshBackend();
    await setupAdmin(b.app);
    const token = await login(b.app, ' Anne.Admin ', ADMIN.password);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a wrong password and an unknown login with the same message, opening no session', async () => {
    b = await freshBackend();
    await setupAdmin(b.app);
    const wrong = await b.app.call('auth.login', { login: ADMIN.login, password: 'pas-le-bon-mot' });
    const unknown = await b.app.call('auth.login', { login: 'personne', password: ADMIN.password });
    for (const outcome of [wrong, unknown]) {
      expect(outcome.result).toEqual({
        ok: false,
        error: { code: 'NOT_AUTHENTICATED', message: 'Identifiant ou mot de passe incorrect.' },
      });
      expect(outcome.session).toBeUndefined();
    }
    expect((b.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n).toBe(1);
  });

  it('refuses a disabled user and closes their open sessions', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const trainer = await userWithRole(b.app, admin, 'trainer');
    const disabled = await b.app.call('users.setDisabled', { id: 2, disabled: true }, as(admin));
    expect(disabled.result).toMatchObject({ ok: true, value: { disabled: true } });

    const stillIn = await b.app.call('settings.get', {}, as(trainer));
    expect(stillIn.result).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    const again = await b.app.call('auth.login', { login: 'trainer.test', password: 'definitif-123456' });
    expect(again.result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/désactivé/) } });

    await b.app.call('users.setDisabled', { id: 2, disabled: false }, as(admin));
    await login(b.app, 'trainer.test', 'definitif-123456');
  });

  it('logs out: the token no longer opens anything', async () => {
    b = await freshBackend();
    const token = await setupAdmin(b.app);
    const out = await b.app.call('auth.logout', {}, as(token));
    expect(out).toEqual({ result: { ok: true, value: {} }, session: { kind: 'end' } });
    expect((await b.app.call('users.list', {}, as(token))).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    });
  });
});

describe('sessions expire after inactivity', () => {
  it('keeps a session alive while it is used and expires it after the configured idle time', async () => {
    b = await freshBackend();
    const token = await setupAdmin(b.app);
    const hour = 3_600_000;
    const start = b.clock.now.getTime();
    b.clock.now = new Date(start + 7 * hour);
    expect((await b.app.call('users.list', {}, as(token))).result.ok).toBe(true);
    b.clock.now = new Date(start + 14 * hour); // 7 h after the last use: still within 8 h
    expect((await b.app.call('users.list', {}, as(token))).result.ok).toBe(true);

    b.clock.now = new Date(start + 22 * hour + 60_000); // 8 h 01 idle
    const expired = await b.app.call('users.list', {}, as(token));
    expect(expired.result).toEqual({
      ok: false,
      error: {
        code: 'NOT_AUTHENTICATED',
        message: 'Votre session a expiré après 8 h d’inactivité. Reconnectez-vous pour continuer.',
      },
    });
    expect(expired.session).toEqual({ kind: 'end' });
    expect((await b.app.call('auth.status', {}, as(token))).result).toMatchObject({ value: { user: null } });
  });

  it('follows the timeout set in Paramètres', async () => {
    b = await freshBackend();
    const token = await setupAdmin(b.app);
    const set = await b.app.call('settings.update', { sessionTimeoutHours: 1 }, as(token));
    expect(set.result).toMatchObject({ ok: true, value: { sessionTimeoutHours: 1 } });
    b.clock.now = new Date(b.clock.now.getTime() + 61 * 60_000);
    expect((await b.app.call('settings.get', {}, as(token))).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    });
  });

  it('refuses a timeout outside 1–72 hours', async () => {
    b = await freshBackend();
    const token = await setupAdmin(b.app);
    for (const hours of [0, 73, 2.5]) {
      const { result } = await b.app.call('settings.update', { sessionTimeoutHours: hours }, as(token));
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});

describe('roles', () => {
  it.each(['manager', 'trainer', 'adviser'] as const)(
    'a %s cannot manage users or settings',
    async (role) => {
      b = await freshBackend();
      const admin = await setupAdmin(b.app);
      const token = await userWithRole(b.app, admin, role);
      const before = checksum(b.db);
      for (const [method, input] of [
        ['users.list', {}],
        ['users.create', { displayName: 'X', login: 'xx', role: 'admin', password: 'motdepasse-x1' }],
        ['users.resetPassword', { id: 1, password: 'motdepasse-x1' }],
        ['settings.update', { sessionTimeoutHours: 2 }],
      ] as const) {
        const { result } = await b.app.call(method, input, as(token));
        expect(result, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(checksum(b.db)).toBe(before);
      expect((await b.app.call('settings.get', {}, as(token))).result.ok).toBe(true);
    },
  );
});

describe('user management', () => {
  it('creates an account whose provisional password must be changed before anything else', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const created = await b.app.call(
      'users.create',
      { displayName: 'Thomas Formateur', login: 'thomas', role: 'trainer', password: 'provisoire-123' },
      as(admin),
    );
    expect(created.result).toMatchObject({ ok: true, value: { role: 'trainer', mustChangePassword: true } });

    const token = await login(b.app, 'thomas', 'provisoire-123');
    expect((await b.app.call('settings.get', {}, as(token))).result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Choisissez d’abord un nouveau mot de passe.' },
    });
    const same = await b.app.call(
      'auth.changePassword',
      { currentPassword: 'provisoire-123', newPassword: 'provisoire-123' },
      as(token),
    );
    expect(same.result).toMatchObject({ ok: false, error: { fields: { newPassword: expect.any(String) } } });
    const wrong = await b.app.call(
      'auth.changePassword',
      { currentPassword: 'pas-le-bon-123', newPassword: 'nouveau-mot-123' },
      as(token),
    );
    expect(wrong.result).toMatchObject({
      ok: false,
      error: { fields: { currentPassword: expect.any(String) } },
    });

    const changed = await b.app.call(
      'auth.changePassword',
      { currentPassword: 'provisoire-123', newPassword: 'nouveau-mot-123' },
      as(token),
    );
    expect(changed.result).toMatchObject({ ok: true, value: { mustChangePassword: false } });
    expect((await b.app.call('settings.get', {}, as(token))).result.ok).toBe(true);
  });

  it('refuses a login already taken, whatever its case', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const before = checksum(b.db);
    const { result } = await b.app.call(
      'users.create',
      { displayName: 'Double', login: 'ANNE.ADMIN', role: 'trainer', password: 'provisoire-123' },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { login: 'L’identifiant « anne.admin » est déjà utilisé. Choisissez-en un autre.' },
      },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('keeps at least one active administrator', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const selfDisable = await b.app.call('users.setDisabled', { id: 1, disabled: true }, as(admin));
    expect(selfDisable.result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const selfDemote = await b.app.call(
      'users.update',
      { id: 1, displayName: 'Anne', role: 'manager' },
      as(admin),
    );
    expect(selfDemote.result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await userWithRole(b.app, admin, 'admin', 'second.admin');
    const demoteOther = await b.app.call(
      'users.update',
      { id: 2, displayName: 'Second', role: 'manager' },
      as(admin),
    );
    expect(demoteOther.result).toMatchObject({ ok: true, value: { role: 'manager' } });
  });

  it('resets a password: sessions of that user close and a new password is required', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const trainer = await userWithRole(b.app, admin, 'trainer');
    const reset = await b.app.call('users.resetPassword', { id: 2, password: 'remis-a-zero-1' }, as(admin));
    expect(reset.result).toMatchObject({ ok: true, value: { mustChangePassword: true } });
    expect((await b.app.call('settings.get', {}, as(trainer))).result).toMatchObject({
      error: { code: 'NOT_AUTHENTICATED' },
    });
    await login(b.app, 'trainer.test', 'remis-a-zero-1');
  });

  it('answers NOT_FOUND for an account that does not exist', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const { result } = await b.app.call('users.setDisabled', { id: 99, disabled: true }, as(admin));
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('records account changes in the audit log', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    await userWithRole(b.app, admin, 'trainer');
    await b.app.call('users.setDisabled', { id: 2, disabled: true }, as(admin));
    const actions = (
      b.db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]
    ).map((r) => r.action);
    expect(actions).toEqual([
      'auth.setup',
      'users.create',
      'auth.login',
      'auth.changePassword',
      'users.disable',
    ]);
  });
});
