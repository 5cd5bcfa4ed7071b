import type { App } from '../../electron/backend/app';
import type { Centre } from '../../shared/api/centre';
import { encodePng } from '../helpers/png';

/**
 * A centre's identity as a manager types it in Paramètres, with accents everywhere they can
 * go, and the images it prints: a logo and the signatory's signature, real PNG files.
 */
export const IDENTITY = {
  name: 'Centre de formation Les Écureuils',
  address: '12 rue de l’Église\nBâtiment C',
  postcode: '69003',
  city: 'Lyon',
  siret: '842 271 540 00010',
  nda: '84691234569',
  phone: '04 72 00 00 00',
  email: 'contact@ecureuils.fr',
  signatoryName: 'Hélène Mérieux',
  signatoryTitle: 'Directrice',
};

/** 240 × 96 RGB: a blue band and an orange disc, wider than tall like most logos. */
export function logoPng(width = 240, height = 96): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width * 4);
    for (let x = 0; x < width; x++) {
      const disc = (x - 48) ** 2 + (y - height / 2) ** 2 < (height / 2.6) ** 2;
      const band = x > 100 && y > height * 0.35 && y < height * 0.65;
      const colour = disc ? 0xf28c28ff : band ? 0x1f4e79ff : 0xffffffff;
      row.writeUInt32BE(colour, x * 4);
    }
    rows.push(row);
  }
  return encodePng(width, height, 4, rows);
}

/** A signature as a pad draws it: dark strokes on a transparent 300 × 100 PNG. */
export function inkPng(width = 300, height = 100): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width * 4);
    for (let x = 0; x < width; x++) {
      const curve = height / 2 + (height / 3) * Math.sin((x / width) * 3 * Math.PI);
      if (Math.abs(y - curve) < 5) row.writeUInt32BE(0x14213dff, x * 4);
    }
    rows.push(row);
  }
  return encodePng(width, height, 4, rows);
}

export const upload = (fileName: string, bytes: Buffer) => ({
  fileName,
  contentBase64: bytes.toString('base64'),
});

async function ok<T>(app: App, method: string, input: unknown, token: string): Promise<T> {
  const { result } = await app.call(method, input, { sessionToken: token });
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Sets the whole identity, and the logo and signature unless told otherwise. */
export async function setCentre(
  app: App,
  token: string,
  options: { images?: boolean } = {},
): Promise<Centre> {
  let centre = await ok<Centre>(app, 'centre.update', IDENTITY, token);
  if (options.images !== false) {
    await ok(app, 'centre.setImage', { kind: 'logo', file: upload('logo.png', logoPng()) }, token);
    centre = await ok<Centre>(
      app,
      'centre.setImage',
      { kind: 'signature', file: upload('signature.png', inkPng()) },
      token,
    );
  }
  return centre;
}

/**
 * The smallest real JPEG: 8 × 8 grey, baseline, one component whose only block has no
 * coefficient (one-bit Huffman codes for "DC difference 0" and "end of block").
 */
export function tinyJpeg(): Buffer {
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const oneCode = (tableClass: number) => [tableClass << 4, 1, ...new Array<number>(15).fill(0), 0x00];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCode(0)),
    ...segment(0xc4, oneCode(1)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x3f,
    0xff,
    0xd9,
  ]);
}
