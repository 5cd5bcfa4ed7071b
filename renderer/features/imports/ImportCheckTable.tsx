import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import type { ImportCheck, ImportKind } from '../../../shared/api/imports';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/domain/import-columns';
import { importsScreenFr as t } from '../../../shared/i18n/fr/imports-screen';

type Row = ImportCheck['rows'][number];

const errorCellSx = {
  bgcolor: (theme: { palette: { error: { main: string } } }) => alpha(theme.palette.error.main, 0.1),
  color: 'error.dark',
  boxShadow: 'inset 0 0 0 1px',
} as const;

const duplicateRowSx = {
  bgcolor: (theme: { palette: { warning: { main: string } } }) => alpha(theme.palette.warning.main, 0.08),
} as const;

/** A cell of the file: its value, and under it the refusal's message when there is one. */
function ValueCell({ value, error, id }: { value: string; error?: string; id: string }) {
  if (!error) return <TableCell>{value}</TableCell>;
  return (
    <TableCell sx={errorCellSx} aria-invalid="true" aria-describedby={id} title={error}>
      {value}
      <Typography id={id} variant="caption" component="div" sx={{ color: 'error.main', fontWeight: 500 }}>
        {error}
      </Typography>
    </TableCell>
  );
}

/**
 * The checked rows: one column per mapped field, cells in error highlighted with their message,
 * duplicates and errors on fields without a column in "Remarques". The caller limits the rows.
 */
export function ImportCheckTable({
  kind,
  rows,
  columns,
}: {
  kind: ImportKind;
  rows: readonly Row[];
  columns: readonly ImportField[];
}) {
  const shown = new Set(columns.map((c) => c.key));
  const labelOf = (key: string) => IMPORT_FIELDS[kind].find((f) => f.key === key)?.label ?? key;
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 420 }}>
      <Table stickyHeader aria-label={t.rowsLabel}>
        <TableHead>
          <TableRow>
            <TableCell>{t.line}</TableCell>
            {columns.map((c) => (
              <TableCell key={c.key} sx={{ whiteSpace: 'nowrap' }}>
                {c.label}
              </TableCell>
            ))}
            <TableCell sx={{ minWidth: 220 }}>{t.remarks}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const other = Object.entries(row.errors).filter(([key]) => !shown.has(key));
            return (
              <TableRow key={row.line} sx={row.duplicateOf ? duplicateRowSx : undefined}>
                <TableCell>{row.line}</TableCell>
                {columns.map((c) => (
                  <ValueCell
                    key={c.key}
                    id={`import-error-${row.line}-${c.key}`}
                    value={row.values[c.key] ?? ''}
                    error={row.errors[c.key]}
                  />
                ))}
                <TableCell>
                  {row.duplicateOf && (
                    <Typography variant="caption" component="div" sx={{ color: 'warning.dark' }}>
                      {row.duplicateOf}
                    </Typography>
                  )}
                  {other.map(([key, message]) => (
                    <Typography key={key} variant="caption" component="div" sx={{ color: 'error.main' }}>
                      {key === '_' ? message : `${labelOf(key)} : ${message}`}
                    </Typography>
                  ))}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
