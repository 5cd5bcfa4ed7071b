import DownloadIcon from '@mui/icons-material/Download';
import { GridActionsCell, GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import type { IssuedDocument } from '../../../shared/api/documents';
import { formatDateTime } from '../../../shared/format/fr';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';

/** One learner is named; a batch says how many. */
export function learnersText(doc: IssuedDocument): string {
  return doc.learners.length === 1 ? doc.learners[0]!.name : t.learnerCount(doc.learners.length);
}

/** The archive's columns, newest first as the backend sends them; "Télécharger" per row. */
export function archiveColumns(download: (doc: IssuedDocument) => void): GridColDef<IssuedDocument>[] {
  return [
    {
      field: 'kind',
      headerName: t.colKind,
      width: 110,
      valueFormatter: (v: IssuedDocument['kind']) => t.kindsShort[v],
    },
    {
      field: 'title',
      headerName: t.colTitle,
      flex: 2,
      minWidth: 200,
      // Long titles are cut to the column: the whole one shows on hover.
      renderCell: ({ row }) => (
        <span
          title={row.title}
          style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {row.title}
        </span>
      ),
    },
    {
      field: 'periodLabel',
      headerName: t.colPeriod,
      flex: 1,
      minWidth: 110,
      valueFormatter: (v: string | null) => v ?? '',
    },
    {
      field: 'learners',
      headerName: t.colLearners,
      flex: 1,
      minWidth: 120,
      valueGetter: (_v, row) => learnersText(row),
    },
    { field: 'version', headerName: t.colVersion, type: 'number', width: 70 },
    { field: 'pageCount', headerName: t.colPages, type: 'number', width: 65 },
    {
      field: 'issuedBy',
      headerName: t.colIssuedBy,
      width: 150,
      valueFormatter: (v: string | null) => v ?? '',
    },
    {
      field: 'issuedAt',
      headerName: t.colIssuedAt,
      width: 145,
      valueFormatter: (v: string) => formatDateTime(v),
    },
    {
      field: 'size',
      headerName: t.colSize,
      type: 'number',
      width: 80,
      valueFormatter: (v: number) => t.size(v),
    },
    {
      field: 'actions',
      type: 'actions',
      headerName: t.colActions,
      width: 100,
      renderCell: (params) => (
        <GridActionsCell {...params}>
          <GridActionsCellItem
            icon={<DownloadIcon fontSize="small" />}
            label={t.downloadOf(params.row.title, params.row.version)}
            onClick={() => download(params.row)}
          />
        </GridActionsCell>
      ),
    },
  ];
}
