import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index';
import { renderApiDoc } from '../../shared/api/doc';
import { ROLES } from '../../shared/api/roles';
import { parseServeOptions } from '../../electron/serve-options';

describe('the contract', () => {
  it('names each method area.verb and declares who may call it', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
      if (spec.access !== 'public') {
        expect(spec.access.length, name).toBeGreaterThan(0);
        for (const role of spec.access) expect(ROLES).toContain(role);
      }
    }
  });

  it('keeps only setup, login and session status public', () => {
    const open = Object.entries(contract)
      .filter(([, spec]) => spec.access === 'public')
      .map(([name]) => name)
      .sort();
    expect(open).toEqual(['auth.login', 'auth.setup', 'auth.status']);
  });

  it('is documented in docs/api.md exactly as generated (run `npm run api:doc` after a change)', () => {
    expect(readFileSync('docs/api.md', 'utf8')).toBe(renderApiDoc());
  });
});

describe('serve options', () => {
  it('defaults to ./carnet-data on 127.0.0.1:5180', () => {
    expect(parseServeOptions([], {})).toEqual({
      ok: true,
      options: { dataDir: './carnet-data', host: '127.0.0.1', port: 5180 },
    });
  });
  it('prefers --data to CARNET_DATA_DIR', () => {
    const parsed = parseServeOptions(['--data', '/srv/a'], { CARNET_DATA_DIR: '/srv/b' });
    expect(parsed).toMatchObject({ ok: true, options: { dataDir: '/srv/a' } });
    expect(parseServeOptions([], { CARNET_DATA_DIR: '/srv/b' })).toMatchObject({
      options: { dataDir: '/srv/b' },
    });
  });
  it.each([['--port', '0'], ['--port', '70000'], ['--port', '12.5'], ['--inconnu']])(
    'refuses %s %s',
    (...args) => {
      const parsed = parseServeOptions(args, {});
      expect(parsed.ok).toBe(false);
    },
  );
});
