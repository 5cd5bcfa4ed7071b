import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Centre } from '../../shared/api/centre';
import type { FileDownload } from '../../shared/api/fields';
import type { Result } from '../../shared/api/result';
import { errorsFr } from '../../shared/i18n/fr/errors';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { IDENTITY, inkPng, logoPng, setCentre, tinyJpeg, upload } from './centre-setup';

let b: TestBackend;
let admin: string;
beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b.close());

async function call<T>(method: string, input: unknown, token = admin): Promise<Result<T>> {
  return (await b.app.call(method, input, { sessionToken: token })).result as Result<T>;
}

async function value<T>(method: string, input: unknown, token = admin): Promise<T> {
  const result = await call<T>(method, input, token);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A refused call: its error, with proof that nothing was written. */
async function refused(method: string, input: unknown, token = admin) {
  const before = checksum(b.db);
  const result = await call(method, input, token);
  expect(checksum(b.db)).toBe(before);
  if (result.ok) throw new Error(`${method} was accepted`);
  return result.error;
}

const ALL_MISSING = [
  'Nom du centre',
  'Adresse',
  'Ville',
  'SIRET',
  'Numéro de déclaration d’activité',
  'Nom du signataire',
  'Qualité du signataire',
];

const storedFiles = () => (b.db.prepare('SELECT COUNT(*) AS n FROM stored_files').get() as { n: number }).n;
const auditActions = () =>
  (
    b.db.prepare("SELECT action, target FROM audit_log WHERE action LIKE 'centre.%' ORDER BY id").all() as {
      action: string;
      target: string;
    }[]
  ).map((row) => `${row.action} ${row.target}`);

describe('centre.get and centre.update', () => {
  it('starts empty and lists in French what documents still need', async () => {
    const centre = await value<Centre>('centre.get', {});
    expect(centre).toMatchObject({ name: null, siret: null, hasLogo: false, hasSignature: false });
    expect(centre.missing).toEqual(ALL_MISSING);
  });

  it('saves the identity a manager types, SIRET without its spaces, and audits it', async () => {
    const manager = await userWithRole(b.app, admin, 'manager');
    const saved = await value<Centre>('centre.update', IDENTITY, manager);
    expect(saved).toMatchObject({
      ...IDENTITY,
      siret: '84227154000010',
      hasLogo: false,
      missing: [],
    });
    expect(await value<Centre>('centre.get', {})).toEqual(saved);
    expect(auditActions()).toEqual(['centre.update centre']);
    // Every role reads it: documents print it whoever prints them.
    const trainer = await userWithRole(b.app, admin, 'trainer');
    expect((await value<Centre>('centre.get', {}, trainer)).name).toBe(IDENTITY.name);
  });

  it('replaces the text fields: an empty field is cleared and listed as missing again', async () => {
    await value('centre.update', IDENTITY);
    const saved = await value<Centre>('centre.update', { ...IDENTITY, nda: '', signatoryTitle: '  ' });
    expect(saved).toMatchObject({ nda: null, signatoryTitle: null, city: 'Lyon' });
    expect(saved.missing).toEqual(['Numéro de déclaration d’activité', 'Qualité du signataire']);
  });

  it('writes nothing, and audits nothing, when nothing changed', async () => {
    await value('centre.update', IDENTITY);
    const before = checksum(b.db);
    await value('centre.update', IDENTITY);
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses a SIRET whose key is wrong, at its field, writing nothing', async () => {
    const error = await refused('centre.update', { ...IDENTITY, siret: '84227154000011' });
    expect(error).toEqual({
      code: 'INVALID_INPUT',
      message: 'Ce SIRET n’est pas valide (clé de contrôle).',
      fields: { siret: 'Ce SIRET n’est pas valide (clé de contrôle).' },
    });
  });

  it('refuses a SIRET or an NDA of the wrong length, and a malformed e-mail', async () => {
    const siret = await refused('centre.update', { ...IDENTITY, siret: '8422715400001' });
    expect(siret.fields).toEqual({ siret: 'Le SIRET compte 14 chiffres.' });
    const nda = await refused('centre.update', { ...IDENTITY, nda: '8469123456' });
    expect(nda).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { nda: 'Le numéro de déclaration d’activité compte 11 chiffres.' },
    });
    const letters = await refused('centre.update', { ...IDENTITY, nda: '8469123456A' });
    expect(letters.fields?.nda).toBe('Le numéro de déclaration d’activité compte 11 chiffres.');
    const email = await refused('centre.update', { ...IDENTITY, email: 'contact@ecureuils' });
    expect(email.fields).toEqual({ email: 'L’adresse e-mail n’est pas valide.' });
  });

  it('lets only administrators and managers change it', async () => {
    await value('centre.update', IDENTITY);
    for (const role of ['trainer', 'adviser'] as const) {
      const token = await userWithRole(b.app, admin, role);
      for (const [method, input] of [
        ['centre.update', { ...IDENTITY, name: 'Autre centre' }],
        ['centre.setImage', { kind: 'logo', file: upload('logo.png', logoPng()) }],
        ['centre.removeImage', { kind: 'logo' }],
      ] as const) {
        expect(await refused(method, input, token)).toEqual({
          code: 'FORBIDDEN',
          message: errorsFr.forbidden,
        });
      }
    }
  });
});

describe('centre images', () => {
  it('keeps a PNG logo and a JPEG signature, gives them back byte for byte, audits both', async () => {
    const logo = logoPng();
    const withLogo = await value<Centre>('centre.setImage', { kind: 'logo', file: upload('logo.png', logo) });
    expect(withLogo).toMatchObject({ hasLogo: true, hasSignature: false });
    const jpeg = tinyJpeg();
    const both = await value<Centre>('centre.setImage', {
      kind: 'signature',
      file: upload('C:\\fakepath\\signature.jpg', jpeg),
    });
    expect(both).toMatchObject({ hasLogo: true, hasSignature: true });
    const adviser = await userWithRole(b.app, admin, 'adviser');
    const back = await value<FileDownload>('centre.image', { kind: 'logo' }, adviser);
    expect(back).toMatchObject({ fileName: 'logo.png', mimeType: 'image/png' });
    expect(Buffer.from(back.contentBase64, 'base64').equals(logo)).toBe(true);
    const signature = await value<FileDownload>('centre.image', { kind: 'signature' });
    expect(signature).toMatchObject({ fileName: 'signature.jpg', mimeType: 'image/jpeg' });
    expect(Buffer.from(signature.contentBase64, 'base64').equals(jpeg)).toBe(true);
    expect(auditActions()).toEqual(['centre.setImage logo', 'centre.setImage signature']);
  });

  it('deletes the image it replaces or removes: no orphan file stays in the database', async () => {
    await value('centre.setImage', { kind: 'logo', file: upload('logo.png', logoPng()) });
    expect(storedFiles()).toBe(1);
    await value('centre.setImage', { kind: 'logo', file: upload('nouveau.png', logoPng(120, 120)) });
    expect(storedFiles()).toBe(1);
    expect((await value<FileDownload>('centre.image', { kind: 'logo' })).fileName).toBe('nouveau.png');
    const removed = await value<Centre>('centre.removeImage', { kind: 'logo' });
    expect(removed.hasLogo).toBe(false);
    expect(storedFiles()).toBe(0);
    expect(await refused('centre.image', { kind: 'logo' })).toEqual({
      code: 'NOT_FOUND',
      message: 'Aucun logo n’est enregistré.',
    });
    expect(await refused('centre.removeImage', { kind: 'signature' })).toEqual({
      code: 'NOT_FOUND',
      message: 'Aucune signature n’est enregistrée.',
    });
  });

  it('refuses a GIF, a PDF, a damaged PNG and anything over 2 MB, writing nothing', async () => {
    await value('centre.setImage', { kind: 'logo', file: upload('logo.png', logoPng()) });
    const gif = Buffer.concat([Buffer.from('GIF89a', 'ascii'), Buffer.alloc(40, 1)]);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'ascii');
    for (const [name, bytes] of [
      ['logo.gif', gif],
      ['logo.png', pdf],
    ] as const) {
      const error = await refused('centre.setImage', { kind: 'logo', file: upload(name, bytes) });
      expect(error).toEqual({
        code: 'INVALID_INPUT',
        message: 'Choisissez une image PNG ou JPEG.',
        fields: { file: 'Choisissez une image PNG ou JPEG.' },
      });
    }
    const damaged = logoPng().subarray(0, 60);
    expect(
      (await refused('centre.setImage', { kind: 'logo', file: upload('logo.png', damaged) })).message,
    ).toBe('Cette image n’a pas pu être lue : enregistrez-la à nouveau en PNG ou en JPEG.');
    const big = Buffer.concat([logoPng(), Buffer.alloc(2 * 1024 * 1024)]);
    expect(await refused('centre.setImage', { kind: 'signature', file: upload('scan.png', big) })).toEqual({
      code: 'TOO_LARGE',
      message: 'L’image dépasse 2 Mo.',
      fields: { file: 'L’image dépasse 2 Mo.' },
    });
    expect((await value<FileDownload>('centre.image', { kind: 'logo' })).fileName).toBe('logo.png');
  });

  it('fills the whole identity through the fixture used by the print tests', async () => {
    const centre = await setCentre(b.app, admin);
    expect(centre).toMatchObject({ hasLogo: true, hasSignature: true, missing: [] });
    expect((await value<FileDownload>('centre.image', { kind: 'signature' })).contentBase64).toBe(
      inkPng().toString('base64'),
    );
  });
});
