import Paper from '@mui/material/Paper';
import { DataGrid, type DataGridProps, type GridValidRowModel } from '@mui/x-data-grid';
import { frFR } from '@mui/x-data-grid/locales';
import { DataTableToolbar } from './DataTableToolbar';

/**
 * The lists of Carnet: MUI's DataGrid in French, compact, with the quick search, sort and
 * filters in its toolbar. Rows are virtualised, so 3000 learners scroll and filter without lag.
 */
export function DataTable<R extends GridValidRowModel>(props: DataGridProps<R> & { label: string }) {
  const { label, sx, ...rest } = props;
  return (
    <Paper variant="outlined" sx={{ height: 'calc(100vh - 220px)', minHeight: 320, ...sx }}>
      <DataGrid
        density="compact"
        localeText={frFR.components.MuiDataGrid.defaultProps.localeText}
        showToolbar
        disableRowSelectionOnClick
        aria-label={label}
        slots={{ toolbar: DataTableToolbar }}
        {...rest}
        sx={{ border: 0 }}
      />
    </Paper>
  );
}
