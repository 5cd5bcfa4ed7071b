import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ImportCheck, ImportKind } from '../../../shared/api/imports';
import { IMPORT_FIELDS } from '../../../shared/domain/import-columns';
import { importsScreenFr as t } from '../../../shared/i18n/fr/imports-screen';
import { ImportCheckTable } from './ImportCheckTable';
import type { Mapping } from './ImportMappingStep';

/** More rows would make the dialog slow to draw; the counts above still cover the whole file. */
const MAX_ROWS = 200;

/** Step 3: the counts, and the rows with their errors and duplicates, before anything is written. */
export function ImportCheckStep({
  kind,
  check,
  mapping,
}: {
  kind: ImportKind;
  check: ImportCheck;
  mapping: Mapping;
}) {
  const problems = check.rows.filter((r) => Object.keys(r.errors).length > 0 || r.duplicateOf);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? problems : check.rows;
  const columns = IMPORT_FIELDS[kind].filter((f) => mapping[f.key] != null);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip color="success" variant="outlined" label={t.validCount(check.validCount)} />
        <Chip
          color="error"
          variant={check.invalidCount > 0 ? 'filled' : 'outlined'}
          label={t.invalidCount(check.invalidCount)}
        />
        <Chip
          color="warning"
          variant={check.duplicateCount > 0 ? 'filled' : 'outlined'}
          label={t.duplicateCount(check.duplicateCount)}
        />
        <FormControlLabel
          sx={{ ml: 2 }}
          control={<Switch checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />}
          label={t.onlyProblems}
        />
      </Stack>
      {check.invalidCount > 0 && (
        <Typography color="error">{check.validCount > 0 ? t.fixHint : t.allInvalidHint}</Typography>
      )}
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t.noProblem}</Typography>
      ) : (
        <ImportCheckTable kind={kind} rows={rows.slice(0, MAX_ROWS)} columns={columns} />
      )}
      {rows.length > MAX_ROWS && (
        <Typography variant="body2" color="text.secondary">
          {t.rowsShown(MAX_ROWS, rows.length)}
        </Typography>
      )}
    </Stack>
  );
}
