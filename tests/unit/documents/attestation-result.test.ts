import { describe, expect, it } from 'vitest';
import { attestationResults, type ExamFacts } from '../../../shared/domain/documents/attestation-result';

const facts = (fields: Partial<ExamFacts> = {}): ExamFacts => ({
  recorded: null,
  simulated: { outcome: 'admitted', average: 244 / 21 },
  units: [
    { code: 'U1', title: 'Culture générale et expression', provisional: false },
    { code: 'U4', title: 'Relation client et négociation-vente', provisional: true },
  ],
  blocs: [{ number: 1, title: 'Relation client et négociation-vente', unitCodes: ['U4'], provisional: true }],
  average: { value: 11.995, provisional: false },
  ...fields,
});

const text = (blocks: ReturnType<typeof attestationResults>) =>
  blocks.map((b) => [b.heading, ...b.lines].join('\n')).join('\n\n');

describe('attestationResults', () => {
  it('gives the parts in the order the centre chose, each once', () => {
    const blocks = attestationResults(['average', 'decision', 'average'], facts(), 'hundredth');
    expect(blocks.map((b) => b.part)).toEqual(['average', 'decision']);
    expect(attestationResults([], facts(), 'hundredth')).toEqual([]);
  });

  it('states the jury’s decision when it was recorded, with the session and the average', () => {
    const [block] = attestationResults(
      ['decision'],
      facts({ recorded: { sessionYear: 2027, outcome: 'admitted', average: 12.4 } }),
      'hundredth',
    );
    expect(block).toEqual({
      part: 'decision',
      heading: 'Décision du jury',
      lines: ['Admis(e) — session 2027, moyenne 12,40 / 20'],
      list: false,
    });
    const [absent] = attestationResults(
      ['decision'],
      facts({ recorded: { sessionYear: 2026, outcome: 'absent', average: null } }),
      'hundredth',
    );
    expect(absent!.lines).toEqual(['Absent(e) à la session — session 2026']);
  });

  it('says the simulator’s decision is provisional when no result was recorded', () => {
    const [block] = attestationResults(['decision'], facts(), 'hundredth');
    expect(block!.heading).toBe(
      'Décision prévisionnelle (simulateur d’examen, sous réserve de la décision du jury)',
    );
    expect(block!.lines).toEqual(['Admis(e) — moyenne prévisionnelle 11,62 / 20']);
    const [resits] = attestationResults(
      ['decision'],
      facts({ simulated: { outcome: 'resits', average: 9.1 } }),
      'tenth',
    );
    expect(resits!.lines).toEqual(['Admissible à l’oral de contrôle — moyenne prévisionnelle 9,1 / 20']);
    const [none] = attestationResults(['decision'], facts({ simulated: null }), 'hundredth');
    expect(none!.lines).toEqual(['Aucun résultat d’examen n’est encore connu.']);
  });

  it('lists the units and blocs acquired, those known only from a BTS blanc said provisional', () => {
    const [block] = attestationResults(['units'], facts(), 'hundredth');
    expect(block).toEqual({
      part: 'units',
      heading: 'Unités et blocs de compétences acquis',
      lines: [
        'U1 — Culture générale et expression',
        'U4 — Relation client et négociation-vente (prévisionnel)',
        'Bloc de compétences 1 (U4) — Relation client et négociation-vente (prévisionnel)',
      ],
      list: true,
    });
    const [none] = attestationResults(['units'], facts({ units: [], blocs: [] }), 'hundredth');
    expect(none).toMatchObject({ lines: ['Aucune unité acquise à ce jour.'], list: false });
  });

  it('shows the general average with the display rounding, flagged while marks are pending', () => {
    expect(text(attestationResults(['average'], facts(), 'hundredth'))).toBe(
      'Moyenne générale sur la formation\n12,00 / 20',
    );
    expect(
      text(attestationResults(['average'], facts({ average: { value: 12.24, provisional: true } }), 'half')),
    ).toBe('Moyenne générale sur la formation\n12,0 / 20 (provisoire : des notes sont en attente)');
    expect(
      text(attestationResults(['average'], facts({ average: { value: null, provisional: false } }), 'half')),
    ).toBe('Moyenne générale sur la formation\nAucune note enregistrée.');
  });
});
