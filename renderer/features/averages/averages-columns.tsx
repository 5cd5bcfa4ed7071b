import type { GridColDef } from '@mui/x-data-grid';
import type { AverageSubject, GroupAverages, LearnerAverages } from '../../../shared/api/averages';
import { averagesFr as t } from '../../../shared/i18n/fr/averages';
import { AverageText } from './AverageText';

export type AverageRow = LearnerAverages & { name: string };

/** A subject's column title: its exam unit ("U4") when it has one, else its name. */
export function subjectLabel(subject: AverageSubject): string {
  return subject.unitCode ?? subject.name;
}

/** What the column title's tooltip says: the whole name and the coefficient. */
export function subjectDescription(subject: AverageSubject): string {
  const coefficient = t.coefficient(subject.coefficient);
  return `${subject.name} — ${subject.cohortCoefficient ? `${coefficient} (${t.cohortCoefficient})` : coefficient}`;
}

/** Learner, one column per subject in programme order, the general average, the rank if shown. */
export function averagesColumns(data: GroupAverages): GridColDef<AverageRow>[] {
  const rounding = data.display.displayRounding;
  const subjects: GridColDef<AverageRow>[] = data.subjects.map((subject, i) => ({
    field: `subject-${subject.subjectId}`,
    headerName: subjectLabel(subject),
    description: subjectDescription(subject),
    type: 'number',
    width: 92,
    // Sorted on the exact value; shown rounded.
    valueGetter: (_value, row) => row.subjects[i]!.value,
    renderCell: ({ row }) => <AverageText average={row.subjects[i]!} rounding={rounding} />,
  }));
  return [
    { field: 'name', headerName: t.learner, flex: 1, minWidth: 180 },
    ...subjects,
    {
      field: 'general',
      headerName: t.generalShort,
      description: t.general,
      type: 'number',
      width: 110,
      valueGetter: (_value, row) => row.general.value,
      renderCell: ({ row }) => <AverageText average={row.general} rounding={rounding} />,
    },
    ...(data.display.showRank
      ? [{ field: 'rank', headerName: t.rank, type: 'number', width: 76 } satisfies GridColDef<AverageRow>]
      : []),
  ];
}
