import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import {
  DataGrid,
  GridActionsCell,
  GridActionsCellItem,
  type DataGridProps,
  type GridColDef,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { frFR } from '@mui/x-data-grid/locales';
import { DataTableToolbar } from './DataTableToolbar';

/**
 * The lists of Carnet: MUI's DataGrid in French, compact, with the quick search, sort and
 * filters in its toolbar. Rows are virtualised, so 3000 learners scroll and filter without lag.
 * The rows come from the page's query (loading until they are there, unless it was refused);
 * what went wrong is said above the table.
 */
export function DataTable<R extends GridValidRowModel>(
  props: Omit<DataGridProps<R>, 'rows' | 'loading'> & {
    label: string;
    query: { data: readonly R[] | null; error: string | null };
    /** The message above the table; by default the query's refusal. */
    error?: string | null;
    /** Given, the message can be dismissed. */
    onErrorClose?(): void;
  },
) {
  const { label, query, error = query.error, onErrorClose, sx, localeText, ...rest } = props;
  return (
    <>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={onErrorClose}>
          {error}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ height: 'calc(100vh - 220px)', minHeight: 320, ...sx }}>
        <DataGrid
          density="compact"
          // A page's own texts (its "no rows" sentence) complete the French set, never replace it.
          localeText={{ ...frFR.components.MuiDataGrid.defaultProps.localeText, ...localeText }}
          showToolbar
          disableRowSelectionOnClick
          aria-label={label}
          slots={{ toolbar: DataTableToolbar }}
          rows={query.data ?? []}
          loading={!query.data && !query.error}
          {...rest}
          sx={{ border: 0 }}
        />
      </Paper>
    </>
  );
}

/** The last column of a list that managers change: Modifier and Supprimer, each named after its row. */
export function editDeleteColumn<R extends GridValidRowModel>({
  headerName,
  editLabel,
  deleteLabel,
  name,
  onEdit,
  onDelete,
}: {
  headerName: string;
  editLabel: string;
  deleteLabel: string;
  /** How the row is named in its buttons' labels ("Modifier Salle 12"). */
  name(row: R): string;
  onEdit(row: R): void;
  onDelete(row: R): void;
}): GridColDef<R> {
  return {
    field: 'actions',
    type: 'actions',
    headerName,
    width: 90,
    renderCell: (params) => (
      <GridActionsCell {...params}>
        <GridActionsCellItem
          icon={<EditIcon fontSize="small" />}
          label={`${editLabel} ${name(params.row)}`}
          onClick={() => onEdit(params.row)}
        />
        <GridActionsCellItem
          icon={<DeleteIcon fontSize="small" />}
          label={`${deleteLabel} ${name(params.row)}`}
          onClick={() => onDelete(params.row)}
        />
      </GridActionsCell>
    ),
  };
}
