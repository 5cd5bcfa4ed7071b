import { describe, expect, it } from 'vitest';
import { freshBackend, setupAdmin } from '../helpers/backend';

describe('a file with titles but no rows', () => {
  it('is refused at preview with a French message, not shown as an empty import', async () => {
    const b = await freshBackend();
    try {
      const admin = await setupAdmin(b.app);
      const file = { fileName: 'notes.txt', contentBase64: Buffer.from('hello\n').toString('base64') };
      const { result } = await b.app.call(
        'imports.preview',
        { kind: 'learners', file },
        { sessionToken: admin },
      );
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: expect.stringMatching(/aucune ligne sous la ligne des titres/),
        },
      });
    } finally {
      b.close();
    }
  });
});
