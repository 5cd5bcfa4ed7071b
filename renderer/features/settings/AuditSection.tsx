import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef, GridPaginationModel } from '@mui/x-data-grid';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../shared/api/audit';
import { formatDateTime } from '../../../shared/format/fr';
import { auditFr as t } from '../../../shared/i18n/fr/audit';
import { settingsFr } from '../../../shared/i18n/fr/settings';
import { call } from '../../api';
import { DataTable } from '../../components/DataTable';
import { DownloadButton } from '../../components/DownloadButton';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { AuditFilters, NO_FILTER, toFilter, type FilterText } from './AuditFilters';

/** The recorded JSON as "key : value" pairs a person can read; anything else as it is. */
function readable(details: string | null): string {
  if (!details) return '';
  try {
    const value = JSON.parse(details) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.entries(value)
        .map(([k, v]) => `${k} : ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' · ');
    }
    return String(details);
  } catch {
    return details;
  }
}

const columns: GridColDef<AuditEntry>[] = [
  { field: 'at', headerName: t.columns.at, width: 150, valueFormatter: (v: string) => formatDateTime(v) },
  {
    field: 'userName',
    headerName: t.columns.user,
    width: 180,
    valueFormatter: (v: string | null) => v ?? t.nobody,
  },
  {
    field: 'action',
    headerName: t.columns.action,
    width: 260,
    valueFormatter: (v: string) => t.actionLabel(v),
  },
  { field: 'target', headerName: t.columns.target, width: 180 },
  {
    field: 'details',
    headerName: t.columns.details,
    flex: 1,
    minWidth: 240,
    valueFormatter: (v: string | null) => readable(v),
  },
];

/** The text filter waits for typing to pause, so that each key does not query the journal. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Paramètres › Journal: who did what and when, filtered, a page at a time, exportable. */
export function AuditSection() {
  const [filters, setFilters] = useState<FilterText>(NO_FILTER);
  const [paging, setPaging] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
  const [exportError, setExportError] = useState<string | null>(null);
  const filter = toFilter(useSettled(filters, 300));
  const query = useQuery('audit.list', { ...filter, page: paging.page, pageSize: paging.pageSize });
  // The last count stays while the next page loads (useQuery keeps its data), so the grid does not jump.
  const total = query.data?.total ?? 0;

  const fieldErrors: Record<string, string> =
    query.error && filter.from && filter.to && filter.to < filter.from ? { to: query.error } : {};

  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          <Stack direction="row" spacing={1}>
            <Button component={Link} to=".." startIcon={<ArrowBackIcon />}>
              {settingsFr.title}
            </Button>
            <DownloadButton
              label={t.exportXlsx}
              icon={<DownloadIcon />}
              fetch={() => call('audit.exportXlsx', filter)}
              onError={setExportError}
            />
          </Stack>
        }
      />
      {exportError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setExportError(null)}>
          {exportError}
        </Alert>
      )}
      <AuditFilters
        value={filters}
        errors={fieldErrors}
        onChange={(next) => {
          setFilters(next);
          setPaging((p) => ({ ...p, page: 0 }));
        }}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} role="status">
        {t.count(total)}
      </Typography>
      <DataTable
        label={t.tableLabel}
        query={{ data: query.data?.rows ?? null, error: query.error }}
        // A refused period is said at its field, not twice.
        error={fieldErrors.to ? null : query.error}
        columns={columns}
        // The journal is paged and filtered by the backend: the grid shows one page as it comes.
        showToolbar={false}
        paginationMode="server"
        rowCount={total}
        paginationModel={paging}
        onPaginationModelChange={setPaging}
        pageSizeOptions={[25, 50, 100, 200]}
        disableColumnSorting
        disableColumnFilter
        localeText={{ noRowsLabel: t.noEntries }}
      />
    </>
  );
}
