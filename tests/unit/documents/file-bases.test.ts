import { describe, expect, it } from 'vitest';
import { zipEntryNames } from '../../../electron/backend/documents/batch-render';
import {
  learnerFileBase,
  uniqueFileNames,
  withoutAccents,
} from '../../../electron/backend/documents/file-bases';

describe('file names of issued documents', () => {
  it('strips accents and ligatures, keeping the letters', () => {
    expect(withoutAccents('Éloïse Béranger')).toBe('Eloise Beranger');
    expect(withoutAccents('Lefèvre-Ça')).toBe('Lefevre-Ca');
    expect(withoutAccents('Œillet Lætitia Strauß')).toBe('OEillet Laetitia Strauss');
    expect(withoutAccents('Núñez Zoë')).toBe('Nunez Zoe');
  });

  it('names a learner’s file NOM_Prenom_S1', () => {
    expect(learnerFileBase('Dupont', 'Marie', 'S1')).toBe('DUPONT_Marie_S1');
    expect(learnerFileBase('Lefèvre-Ça', 'Zoé', 'T2')).toBe('LEFEVRE-CA_Zoe_T2');
    expect(learnerFileBase('de La Tour', 'Jean Pierre', null)).toBe('DE LA TOUR_Jean Pierre');
  });

  it('never gives two files the same name, whatever the case', () => {
    expect(uniqueFileNames(['A.pdf', 'B.pdf', 'a.pdf', 'A.pdf', 'A_2.pdf'])).toEqual([
      'A.pdf',
      'B.pdf',
      'a_2.pdf',
      'A_3.pdf',
      'A_2_2.pdf',
    ]);
    expect(uniqueFileNames(['sans-extension', 'sans-extension'])).toEqual([
      'sans-extension',
      'sans-extension_2',
    ]);
  });

  it('names the entries of a ZIP safely and uniquely', () => {
    const doc = (fileBase: string) => ({ learnerId: 1, learnerName: '', fileBase, data: null });
    expect(
      zipEntryNames([doc('DE LA TOUR_Jean Pierre_S1'), doc('DUPONT_Marie_S1'), doc('DUPONT_Marie_S1')]),
    ).toEqual(['DE_LA_TOUR_Jean_Pierre_S1.pdf', 'DUPONT_Marie_S1.pdf', 'DUPONT_Marie_S1_2.pdf']);
  });
});
