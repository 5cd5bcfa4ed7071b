import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { DOCUMENT_KINDS, type DocumentKind, type IssuedDocument } from '../../../shared/api/documents';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';
import { call } from '../../api';
import { DataTable } from '../../components/DataTable';
import { saveDownload } from '../../files';
import { useQuery } from '../../hooks/useQuery';
import { archiveColumns } from './archive-columns';

const ALL = 'all';

/** Archive: every document issued, newest first, by type and cohort; each can be downloaded again. */
export function ArchiveTab() {
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [cohortId, setCohortId] = useState<number | null>(null);
  const cohorts = useQuery('cohorts.list', { includeArchived: true });
  const archive = useQuery('documents.archive', {
    kind: kind ?? undefined,
    cohortId: cohortId ?? undefined,
  });
  const rows = useMemo(() => ({ data: archive.data?.items ?? null, error: archive.error }), [archive]);
  const [error, setError] = useState<string | null>(null);
  const columns = useMemo(
    () =>
      archiveColumns(async (doc: IssuedDocument) => {
        const result = await call('documents.download', { id: doc.id });
        if (result.ok) {
          setError(null);
          saveDownload(result.value);
        } else setError(result.error.message);
      }),
    [],
  );

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <TextField
          select
          sx={{ width: 260 }}
          label={t.filterKind}
          value={kind ?? ALL}
          onChange={(e) => setKind(e.target.value === ALL ? null : (e.target.value as DocumentKind))}
        >
          <MenuItem value={ALL}>{t.allKinds}</MenuItem>
          {DOCUMENT_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {t.kinds[k]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          sx={{ width: 300 }}
          label={t.filterCohort}
          value={cohortId ? String(cohortId) : ALL}
          onChange={(e) => setCohortId(e.target.value === ALL ? null : Number(e.target.value))}
        >
          <MenuItem value={ALL}>{t.allCohorts}</MenuItem>
          {(cohorts.data ?? []).map((c) => (
            <MenuItem key={c.id} value={String(c.id)}>
              {t.cohortOption(c.name, c.archived)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <DataTable
        label={t.archiveLabel}
        query={rows}
        error={error ?? rows.error}
        onErrorClose={error ? () => setError(null) : undefined}
        columns={columns}
        localeText={{ noRowsLabel: t.noArchive }}
      />
    </>
  );
}
