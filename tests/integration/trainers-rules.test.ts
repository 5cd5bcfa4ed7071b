import { afterEach, describe, expect, it } from 'vitest';
import { checksum, freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';
import { account, as, dupont, testProgramme } from './trainers-fixtures';

let b: TestBackend;
afterEach(() => b?.close());

async function start() {
  b = await freshBackend();
  const admin = await setupAdmin(b.app);
  return { admin, p: testProgramme(b.db) };
}

/** Calls a write and checks it is refused with this code and field message, writing nothing. */
async function refused(method: 'trainers.create' | 'trainers.update', input: unknown, admin: string) {
  const before = checksum(b.db);
  const { result } = await b.app.call(method, input, as(admin));
  expect(checksum(b.db)).toBe(before);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('trainer rules', () => {
  it('refuses a subject that does not exist', async () => {
    const { admin, p } = await start();
    expect(await refused('trainers.create', { ...dupont, subjectIds: [p.english, 9999] }, admin)).toEqual({
      code: 'INVALID_INPUT',
      message: 'La matière n° 9999 n’existe pas (ou plus). Rechargez la liste des matières.',
      fields: { subjectIds: 'La matière n° 9999 n’existe pas (ou plus). Rechargez la liste des matières.' },
    });
  });

  it('refuses the same half-day twice', async () => {
    const { admin } = await start();
    const availability = [
      { weekday: 4, slot: 'morning' },
      { weekday: 4, slot: 'morning' },
    ];
    expect(await refused('trainers.create', { ...dupont, availability }, admin)).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { availability: 'La demi-journée « Matin du jeudi » est indiquée deux fois.' },
    });
  });

  it('links only an active account with the trainer role', async () => {
    const { admin } = await start();
    const adviser = await account(b.app, admin, 'conseil', 'adviser');
    expect(await refused('trainers.create', { ...dupont, userId: adviser }, admin)).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { userId: expect.stringMatching(/^Le compte « conseil » n’a pas le rôle Formateur/) },
    });
    const disabled = await account(b.app, admin, 'ancien', 'trainer');
    await b.app.call('users.setDisabled', { id: disabled, disabled: true }, as(admin));
    expect(await refused('trainers.create', { ...dupont, userId: disabled }, admin)).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { userId: expect.stringMatching(/^Le compte « ancien » est désactivé/) },
    });
    expect(await refused('trainers.create', { ...dupont, userId: 4242 }, admin)).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { userId: 'Ce compte n’existe pas (ou plus).' },
    });
  });

  it('refuses an account already linked to another trainer (CONFLICT), not to the same one', async () => {
    const { admin } = await start();
    const userId = await account(b.app, admin, 'claire.dupont', 'trainer');
    const first = await b.app.call('trainers.create', { ...dupont, userId }, as(admin));
    const firstId = (first.result as { value: { id: number } }).value.id;
    const message =
      'Le compte « claire.dupont » est déjà lié au formateur Claire Dupont. Retirez-le d’abord de sa fiche.';
    expect(await refused('trainers.create', { ...dupont, firstName: 'Paul', userId }, admin)).toEqual({
      code: 'CONFLICT',
      message,
      fields: { userId: message },
    });
    const second = await b.app.call('trainers.create', { ...dupont, firstName: 'Paul' }, as(admin));
    const secondId = (second.result as { value: { id: number } }).value.id;
    expect(await refused('trainers.update', { id: secondId, ...dupont, userId }, admin)).toMatchObject({
      code: 'CONFLICT',
    });
    // Saving the first trainer again with its own account is fine, even once that account is disabled.
    await b.app.call('users.setDisabled', { id: userId, disabled: true }, as(admin));
    const again = await b.app.call(
      'trainers.update',
      { id: firstId, ...dupont, phone: null, userId },
      as(admin),
    );
    expect(again.result).toMatchObject({ ok: true, value: { userId, phone: null } });
  });

  it('checks the fields at the boundary with French messages', async () => {
    const { admin } = await start();
    const error = await refused(
      'trainers.create',
      {
        surname: ' ',
        firstName: 'Claire',
        email: 'pas-un-email',
        phone: 'abc',
        contractType: 'cdi',
        availability: [{ weekday: 7, slot: 'night' }],
      },
      admin,
    );
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      fields: {
        surname: 'Ce champ ne peut pas être vide.',
        email: 'L’adresse e-mail n’est pas valide.',
        phone: expect.stringMatching(/^Le numéro de téléphone/),
        contractType: 'Choisissez une valeur parmi : employee, temporary, freelance.',
        'availability.0.weekday': 'La valeur doit être au plus 6.',
        'availability.0.slot': expect.stringMatching(/^Choisissez une valeur parmi/),
      },
    });
  });

  it('answers NOT_FOUND when updating or deleting a trainer that does not exist', async () => {
    const { admin } = await start();
    expect(await refused('trainers.update', { id: 77, ...dupont }, admin)).toMatchObject({
      code: 'NOT_FOUND',
    });
    const del = await b.app.call('trainers.delete', { id: 77 }, as(admin));
    expect(del.result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
