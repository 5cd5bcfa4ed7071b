import type { GroupAverages } from '../../../../shared/api/averages';
import { classStatistics, generalAverage } from '../../../../shared/domain/marks';
import { reportCardsFr as t } from '../../../../shared/i18n/fr/report-cards';
import type { CardRow, CardValue, ClassFigures } from './data';

/**
 * The rows of a group's report cards, from the group's averages computed once
 * (features/averages): a row per subject in programme order, or per exam unit with the
 * subjects that prepare it aggregated by their coefficients. Pure: tested on its own.
 */

export interface UnitSource {
  code: string;
  title: string;
  coefficient: number;
}

/** What a row is made of: which subjects (indexes into the averages' subjects), shown how. */
interface RowSource {
  label: string;
  coefficient: number;
  subjects: number[];
}

function rowSources(averages: GroupAverages, units: readonly UnitSource[] | null): RowSource[] {
  const subjects = averages.subjects;
  if (!units) return subjects.map((s, i) => ({ label: s.name, coefficient: s.coefficient, subjects: [i] }));
  const sources: RowSource[] = [];
  const placed = new Set<number>();
  for (const unit of units) {
    const of = subjects.flatMap((s, i) => (s.unitCode === unit.code ? [i] : []));
    if (of.length === 0) continue;
    of.forEach((i) => placed.add(i));
    sources.push({ label: t.unitLabel(unit.code, unit.title), coefficient: unit.coefficient, subjects: of });
  }
  // A subject that prepares no unit (a project, a tutorial) keeps its own row after the units.
  subjects.forEach((s, i) => {
    if (!placed.has(i)) sources.push({ label: s.name, coefficient: s.coefficient, subjects: [i] });
  });
  return sources;
}

const figures = (stats: { average: number | null; min: number | null; max: number | null }) => ({
  average: stats.average,
  min: stats.min,
  max: stats.max,
});

/** A learner's value on a row: the subject's average, or the subjects' weighted by their coefficients. */
function valueOf(averages: GroupAverages, learner: number, source: RowSource): CardValue {
  const own = averages.learners[learner]!.subjects;
  if (source.subjects.length === 1) {
    const { value, provisional } = own[source.subjects[0]!]!;
    return { value, provisional };
  }
  return generalAverage(
    source.subjects.map((i) => ({ coefficient: averages.subjects[i]!.coefficient, average: own[i]! })),
  );
}

export interface GroupRows {
  /** Per learner (in the averages' order), their rows. */
  rows(learner: number, appreciations: ReadonlyMap<number, string>): CardRow[];
}

/**
 * Prepares the rows of every learner of the group: the class's figures of each row are computed
 * once, over all the learners' values, whoever's card is drawn.
 */
export function groupRows(averages: GroupAverages, units: readonly UnitSource[] | null): GroupRows {
  const sources = rowSources(averages, units);
  const values = sources.map((source) => averages.learners.map((_, l) => valueOf(averages, l, source)));
  const classes: ClassFigures[] = sources.map((source, r) =>
    source.subjects.length === 1
      ? figures(averages.classStatistics.subjects[source.subjects[0]!]!)
      : figures(classStatistics(values[r]!.map((v) => v.value))),
  );
  return {
    rows(learner, appreciations) {
      return sources.map((source, r) => ({
        label: source.label,
        learner: values[r]![learner]!,
        class: classes[r]!,
        coefficient: source.coefficient,
        appreciation: appreciationOf(averages, source, appreciations),
      }));
    },
  };
}

/** The row's appreciation: its subject's, or each subject's under its name when a unit has several. */
function appreciationOf(
  averages: GroupAverages,
  source: RowSource,
  appreciations: ReadonlyMap<number, string>,
): string | null {
  const texts = source.subjects.flatMap((i) => {
    const subject = averages.subjects[i]!;
    const text = appreciations.get(subject.subjectId);
    return text ? [{ subject: subject.name, text }] : [];
  });
  if (texts.length === 0) return null;
  if (source.subjects.length === 1) return texts[0]!.text;
  return texts.map((a) => t.subjectAppreciation(a.subject, a.text)).join('\n');
}
