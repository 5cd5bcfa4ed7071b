import { memo } from 'react';
import type { Evaluation } from '../../../shared/api/marks';
import { classStatistics, type DisplayRounding } from '../../../shared/domain/marks';
import { formatDateShort } from '../../../shared/format/fr';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { shown } from './display';
import type { EvaluationStatistics, SheetRow } from './sheet-state';

/** The header: the learner column, one column per evaluation (a button that edits it), the averages. */
export const GridHeader = memo(function GridHeader({
  evaluations,
  onEdit,
}: {
  evaluations: readonly Evaluation[];
  /** Absent when the caller cannot change evaluations. */
  onEdit?(evaluation: Evaluation): void;
}) {
  return (
    <thead>
      <tr>
        <th scope="col" className="learner-head">
          {t.colLearner}
        </th>
        {evaluations.map((e) => (
          <th key={e.id} scope="col" title={t.evaluationHeader(e.title, e.date, e.coefficient, e.scale)}>
            <span className={`eval-kind ${e.kind}`}>
              {t.kinds[e.kind]}
              {e.unitCode && ` ${e.unitCode}`}
            </span>
            {onEdit ? (
              <button
                type="button"
                className="eval-title"
                aria-label={t.editEvaluationOf(e.title)}
                tabIndex={-1}
                onClick={() => onEdit(e)}
              >
                {e.title}
              </button>
            ) : (
              <span className="eval-title">{e.title}</span>
            )}
            <span className="eval-meta">
              {formatDateShort(e.date).slice(0, 5)} · {t.coefficient(e.coefficient)} · {t.scale(e.scale)}
            </span>
          </th>
        ))}
        <th scope="col" className="average period" title={t.periodAverageHelp}>
          {t.colPeriodAverage}
          <span className="eval-meta">/20</span>
        </th>
        <th scope="col" className="average year" title={t.yearAverageHelp}>
          {t.colYearAverage}
          <span className="eval-meta">/20</span>
        </th>
      </tr>
    </thead>
  );
});

/**
 * Under each evaluation its class statistics (on its own scale, from the last save's answer);
 * under the averages those of the learners' averages (classStatistics of the domain).
 */
export const GridFooter = memo(function GridFooter({
  statistics,
  rows,
  rounding,
}: {
  statistics: readonly (EvaluationStatistics | null)[];
  rows: readonly SheetRow[];
  rounding: DisplayRounding;
}) {
  const period = classStatistics(rows.map((r) => r.average?.period.value ?? null));
  const year = classStatistics(rows.map((r) => r.average?.year.value ?? null));
  const lines = [
    { label: t.classAverage, pick: (s: { average: number | null }) => shown(s.average, rounding) },
    { label: t.min, pick: (s: { min: number | null }) => shown(s.min, rounding) },
    { label: t.max, pick: (s: { max: number | null }) => shown(s.max, rounding) },
  ];
  return (
    <tfoot>
      {lines.map((line) => (
        <tr key={line.label}>
          <th scope="row">{line.label}</th>
          {statistics.map((s, col) => (
            <td key={col}>{s ? line.pick(s) : t.none}</td>
          ))}
          <td className="average period">{line.pick(period)}</td>
          <td className="average year">{line.pick(year)}</td>
        </tr>
      ))}
      <tr>
        <th scope="row">{t.count}</th>
        {statistics.map((s, col) => (
          <td key={col}>{s?.count ?? 0}</td>
        ))}
        <td className="average period" title={t.averagesCount}>
          {period.count}
        </td>
        <td className="average year" title={t.averagesCount}>
          {year.count}
        </td>
      </tr>
    </tfoot>
  );
});
