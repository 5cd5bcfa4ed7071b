import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, guessMapping, normalizeHeader } from '../../shared/domain/import-columns';

describe('guessMapping', () => {
  it('recognises the template’s own titles for every field', () => {
    for (const kind of ['learners', 'trainers'] as const) {
      const headers = IMPORT_FIELDS[kind].map((f) => f.label);
      const mapping = guessMapping(kind, headers);
      expect(mapping).toEqual(Object.fromEntries(IMPORT_FIELDS[kind].map((f, i) => [f.key, i])));
    }
  });

  it('recognises common French titles whatever their case, accents and punctuation', () => {
    const mapping = guessMapping('learners', [
      'N°',
      'NOM',
      'Prénom(s)',
      'Né(e) le',
      'Courriel',
      "Voie d'accès",
      'Tél. tuteur',
    ]);
    expect(mapping).toMatchObject({
      surname: 1,
      firstName: 2,
      birthDate: 3,
      email: 4,
      accessRoute: 5,
      tutorPhone: 6,
      phone: null,
    });
  });

  it('gives a column to one field at most, and null when none fits', () => {
    const mapping = guessMapping('trainers', ['Statut', 'Nom', 'Nom']);
    expect(mapping).toEqual({ surname: 1, firstName: null, email: null, phone: null, contractType: 0 });
  });

  it('normalizes titles to what the aliases list', () => {
    expect(normalizeHeader('  Adresse de l’entreprise ')).toBe('adresse de l entreprise');
  });
});
