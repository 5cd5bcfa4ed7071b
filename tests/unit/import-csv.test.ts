import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, detectSeparator, readCsv } from '../../electron/backend/features/imports/csv-read';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures', name));

describe('CSV text', () => {
  it('decodes Windows-1252 including its 0x80–0x9F characters', () => {
    expect(decodeText(Uint8Array.of(0x8c, 0x9c, 0x92, 0x80, 0xe9, 0xe7, 0xf4, 0x41))).toEqual({
      text: 'Œœ’€éçôA',
      encoding: 'windows-1252',
    });
  });

  it('reads valid UTF-8 as UTF-8 and drops its byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Nom;Œuvre’\n', 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: 'Nom;Œuvre’\n', encoding: 'utf-8' });
  });

  it('reads the Windows-1252 fixture with its accents, ligatures and curly apostrophe', () => {
    const { encoding, separator, rows } = readCsv('learners-cp1252.csv', fixture('learners-cp1252.csv'));
    expect({ encoding, separator }).toEqual({ encoding: 'windows-1252', separator: ',' });
    expect(rows[1]).toEqual({
      line: 2,
      cells: [
        'Cœuret',
        'Anaïs',
        '03/05/2003',
        'anais.coeuret@example.fr',
        'Apprentissage',
        'Pâtisserie Côté Sud',
        '4, rue de l’Église, 69005 Lyon',
      ],
    });
    expect(rows.map((r) => r.cells[0])).toContain('Œillet');
  });

  it('refuses UTF-16 text and binary files, naming the file', () => {
    expect(() => readCsv('u.csv', Buffer.from([0xff, 0xfe, 0x4e, 0x00]))).toThrow(/« u\.csv ».*UTF-16/);
    expect(() => readCsv('b.csv', Buffer.from([0x4e, 0x00, 0x4f]))).toThrow(/« b\.csv »/);
  });

  it('detects the separator from the header line, ignoring quoted text; ; wins ties', () => {
    expect(detectSeparator('Nom;Prénom;Adresse\nA;B;"1, rue"')).toBe(';');
    expect(detectSeparator('\n\nNom,Prénom,"Adresse; ville"\n')).toBe(',');
    expect(detectSeparator('Nom\tPrénom\n')).toBe('\t');
    expect(detectSeparator('Nom;Prénom,Âge')).toBe(';');
    expect(detectSeparator('Nom')).toBe(';');
  });
});
