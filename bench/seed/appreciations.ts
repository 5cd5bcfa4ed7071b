import type { Backend } from '../lib/registry';
import type { Results } from './marks';
import type { Prng } from './prng';

/**
 * The appreciations of a finished period, as a trainer writes them from a learner's results in
 * the subject and the team writes the general one at the conseil de classe: a phrase chosen by
 * level, sometimes followed by a piece of advice. Under the centre's 400 characters.
 */

const SUBJECT: readonly (readonly string[])[] = [
  [
    'Très bon semestre : un travail rigoureux et une participation constante.',
    'Excellents résultats, des analyses fines et bien argumentées.',
    'Un travail remarquable ; l’aisance à l’oral est un vrai atout.',
  ],
  [
    'Bon travail, sérieux et régulier.',
    'Des résultats solides ; l’expression écrite peut encore gagner en précision.',
    'Semestre satisfaisant, une progression nette depuis la rentrée.',
  ],
  [
    'Résultats corrects mais irréguliers : il faut approfondir les révisions.',
    'Ensemble moyen ; attention à la précision du vocabulaire professionnel.',
    'Des bases acquises, à consolider par un travail plus personnel.',
  ],
  [
    'Des difficultés persistantes : un travail plus régulier est indispensable.',
    'Résultats fragiles ; les absences pèsent sur la progression.',
    'Semestre insuffisant, il faut reprendre les méthodes vues en cours.',
  ],
];

const GENERAL: readonly (readonly string[])[] = [
  [
    'Félicitations de l’équipe pédagogique pour ce semestre exemplaire.',
    'Excellent semestre, en centre comme en entreprise : continuez ainsi.',
  ],
  [
    'Compliments : un bon semestre, sérieux dans toutes les matières.',
    'Bon ensemble ; l’implication en entreprise se retrouve dans les résultats.',
  ],
  [
    'Semestre passable : les résultats doivent devenir plus réguliers avant l’examen.',
    'Des efforts à poursuivre, en particulier dans les matières professionnelles.',
  ],
  [
    'Avertissement travail : la réussite au BTS demande un engagement bien plus fort.',
    'Semestre très insuffisant : un entretien avec la responsable pédagogique est prévu.',
  ],
];

const ADVICE = [
  'Il faut oser davantage à l’oral.',
  'Veiller à rendre les travaux à la date prévue.',
  'Les fiches de révision seront utiles pour les épreuves.',
  'À l’écrit, soigner l’orthographe et la présentation.',
];

const tier = (average: number) => (average >= 15 ? 0 : average >= 12 ? 1 : average >= 9 ? 2 : 3);

function phrase(rng: Prng, bank: readonly (readonly string[])[], average: number): string {
  const choices = bank[tier(average)]!;
  const main = choices[rng.int(0, choices.length - 1)]!;
  return rng.chance(0.35) ? `${main} ${ADVICE[rng.int(0, ADVICE.length - 1)]!}` : main;
}

/** Every learner's appreciation in each subject they have results in, then their general one. */
export async function writeAppreciations(
  b: Backend,
  rng: Prng,
  target: { periodId: number; results: Results },
): Promise<number> {
  let written = 0;
  for (const [learnerId, subjects] of target.results) {
    const averages = [...subjects.values()];
    for (const [subjectId, average] of subjects) {
      const text = phrase(rng, SUBJECT, average);
      await b.call('appreciations.save', { learnerId, periodId: target.periodId, subjectId, text });
      written++;
    }
    const general = averages.reduce((a, v) => a + v, 0) / averages.length;
    const text = phrase(rng, GENERAL, general);
    await b.call('appreciations.save', { learnerId, periodId: target.periodId, subjectId: null, text });
    written++;
  }
  return written;
}
