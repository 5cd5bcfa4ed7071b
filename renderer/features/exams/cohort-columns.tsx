import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import type { GridColDef } from '@mui/x-data-grid';
import type { CSSProperties } from 'react';
import { Link as RouterLink } from 'react-router';
import type { CohortExam, CohortExamRow, ExamSource } from '../../../shared/api/exams';
import type { DisplayRounding } from '../../../shared/domain/marks/rounding';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { OutcomeChip, shown } from './display';
import { examsPaths } from './paths';

const fullName = (row: CohortExamRow) => `${row.surname} ${row.firstName}`;

/** Each origin has its look, explained in the legend under the table (sourceLegend). */
export const SOURCE_STYLES: Record<ExamSource, CSSProperties> = {
  typed: { fontWeight: 700 },
  mock_exam: {},
  kept: { color: '#1565c0' },
  dispensed: { fontStyle: 'italic' },
  none: {},
};

/** One column per unit: the mark that counts, with where it comes from in the tooltip. */
function unitColumn(unit: CohortExam['units'][number], rounding: DisplayRounding): GridColDef<CohortExamRow> {
  return {
    field: `unit-${unit.code}`,
    headerName: unit.optional ? `${unit.code} (${t.optional.toLowerCase()})` : unit.code,
    description: `${unit.title} — coef. ${t.number(unit.coefficient)}`,
    width: unit.optional ? 120 : 95,
    type: 'number',
    valueGetter: (_value, row) => row.units.find((u) => u.code === unit.code)?.mark ?? null,
    renderCell: ({ row }) => {
      const cell = row.units.find((u) => u.code === unit.code);
      if (!cell) return '—';
      const text =
        cell.mark !== null
          ? shown(cell.mark, rounding)
          : cell.status === 'missing'
            ? '—'
            : t.statuses[cell.status];
      return (
        <Tooltip title={t.sources[cell.source]}>
          <span style={SOURCE_STYLES[cell.source]}>{text}</span>
        </Tooltip>
      );
    },
  };
}

export function cohortColumns(view: CohortExam, rounding: DisplayRounding): GridColDef<CohortExamRow>[] {
  return [
    {
      field: 'surname',
      headerName: t.colLearner,
      flex: 1,
      minWidth: 170,
      valueGetter: (_value, row) => fullName(row),
      renderCell: ({ row }) => (
        <Link
          component={RouterLink}
          to={examsPaths.learner(row.learnerId)}
          aria-label={t.openLearner(fullName(row))}
        >
          {fullName(row)}
        </Link>
      ),
    },
    { field: 'groupName', headerName: t.colGroup, width: 90 },
    ...view.units.map((u) => unitColumn(u, rounding)),
    {
      field: 'average',
      headerName: t.colAverage,
      type: 'number',
      width: 95,
      valueFormatter: (value: number | null) => shown(value, rounding),
    },
    {
      field: 'professionalAverage',
      headerName: t.colProfessional,
      type: 'number',
      width: 95,
      valueFormatter: (value: number | null) => shown(value, rounding),
    },
    {
      field: 'outcome',
      headerName: t.colDecision,
      width: 140,
      valueGetter: (_value, row) => (row.outcome ? t.outcomes[row.outcome] : t.noDecision),
      renderCell: ({ row }) => (
        <Tooltip title={row.explanation}>
          <span>
            <OutcomeChip outcome={row.outcome} />
          </span>
        </Tooltip>
      ),
    },
    {
      field: 'unitsAwarded',
      headerName: t.colAwarded,
      flex: 0.8,
      minWidth: 130,
      valueGetter: (_value, row) => row.unitsAwarded.join(', '),
    },
  ];
}
