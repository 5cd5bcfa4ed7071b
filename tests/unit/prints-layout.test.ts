import { describe, expect, it } from 'vitest';
import { learnersPerPage } from '../../electron/backend/documents/attendance-week/week';
import { trainerLines } from '../../electron/backend/features/prints/trainers';
import { printsFr } from '../../shared/i18n/fr/prints';

describe('learners per page of the week’s sheets', () => {
  it('keeps up to 18 learners on one page', () => {
    expect(learnersPerPage(1)).toEqual([1]);
    expect(learnersPerPage(18)).toEqual([18]);
  });

  it('spreads more evenly over as few pages as possible', () => {
    expect(learnersPerPage(19)).toEqual([10, 9]);
    expect(learnersPerPage(30)).toEqual([15, 15]);
    expect(learnersPerPage(37)).toEqual([13, 12, 12]);
    for (let n = 1; n <= 120; n++) {
      const pages = learnersPerPage(n);
      expect(pages.reduce((a, b) => a + b, 0)).toBe(n);
      expect(Math.max(...pages)).toBeLessThanOrEqual(18);
      expect(Math.max(...pages) - Math.min(...pages)).toBeLessThanOrEqual(1);
      expect(pages).toHaveLength(Math.ceil(n / 18));
    }
  });

  it('still prints one page for an empty group', () => {
    expect(learnersPerPage(0)).toEqual([0]);
  });
});

describe('the trainer list’s lines', () => {
  const row = (
    trainerId: number,
    surname: string,
    subjectName: string,
    subjectPosition: number,
    groupName: string,
  ) => ({
    trainerId,
    surname,
    firstName: 'Alex',
    email: null,
    phone: null,
    subjectName,
    subjectPosition,
    groupName,
  });

  it('gathers each trainer’s subjects in programme order and groups in French order, trainers by name', () => {
    const lines = trainerLines([
      row(2, 'Œuvrard', 'Anglais', 2, 'G2'),
      row(1, 'Dupont', 'Négociation', 4, 'G10'),
      row(1, 'Dupont', 'Culture générale', 1, 'G2'),
      row(1, 'Dupont', 'Négociation', 4, 'G2'),
      row(3, 'Élie', 'Anglais', 2, 'Petit'),
    ]);
    expect(lines.map((l) => [l.surname, l.subjects, l.groups])).toEqual([
      ['Dupont', ['Culture générale', 'Négociation'], ['G2', 'G10']],
      ['Élie', ['Anglais'], ['Petit']],
      ['Œuvrard', ['Anglais'], ['G2']],
    ]);
  });
});

describe('printed wording', () => {
  it('writes the first of the month as an ordinal in running dates', () => {
    expect(printsFr.trainers.dates('2025-09-01', '2027-06-30').replace(/\u202f|\u00a0/g, ' ')).toBe(
      'Formation du lundi 1er septembre 2025 au mercredi 30 juin 2027',
    );
    expect(printsFr.roster.onDate('2026-03-11')).toBe('Au mercredi 11 mars 2026');
  });
});
