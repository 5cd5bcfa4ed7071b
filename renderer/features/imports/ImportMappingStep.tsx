import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ImportKind, ImportPreview } from '../../../shared/api/imports';
import { IMPORT_FIELDS } from '../../../shared/domain/import-columns';
import { importsScreenFr as t } from '../../../shared/i18n/fr/imports-screen';

export type Mapping = Record<string, number | null>;

const NONE = -1;

/** Step 2: which column of the file feeds each field, with the first rows of the file below. */
export function ImportMappingStep({
  kind,
  preview,
  mapping,
  onChange,
  fields,
}: {
  kind: ImportKind;
  preview: ImportPreview;
  mapping: Mapping;
  onChange(mapping: Mapping): void;
  fields: Record<string, string>;
}) {
  const first = preview.sample[0] ?? [];
  return (
    <Stack spacing={2}>
      <Typography>{t.mappingIntro}</Typography>
      <Table aria-label={t.steps[1]}>
        <TableHead>
          <TableRow>
            <TableCell>{t.field}</TableCell>
            <TableCell>{t.column}</TableCell>
            <TableCell>{t.firstValue}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {IMPORT_FIELDS[kind].map((field) => {
            const index = mapping[field.key] ?? null;
            const error = fields[field.key] ?? fields[`mapping.${field.key}`];
            return (
              <TableRow key={field.key}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {field.label}
                  {field.required && ' *'}
                </TableCell>
                <TableCell sx={{ width: 300 }}>
                  <TextField
                    select
                    label={field.label}
                    value={index ?? NONE}
                    onChange={(e) => {
                      const value = Number(e.target.value);
                      onChange({ ...mapping, [field.key]: value === NONE ? null : value });
                    }}
                    required={field.required}
                    error={!!error}
                    helperText={error}
                  >
                    <MenuItem value={NONE}>{t.notImported}</MenuItem>
                    {preview.headers.map((header, i) => (
                      <MenuItem key={i} value={i}>
                        {header || `#${i + 1}`}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell sx={{ color: 'text.secondary' }}>
                  {index === null ? '' : (first[index] ?? '')}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" component="h3">
        {t.sampleTitle(preview.sample.length, preview.rowCount)}
      </Typography>
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 260 }}>
        <Table stickyHeader aria-label={t.sampleTitle(preview.sample.length, preview.rowCount)}>
          <TableHead>
            <TableRow>
              {preview.headers.map((header, i) => (
                <TableCell key={i} sx={{ whiteSpace: 'nowrap' }}>
                  {header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.sample.map((row, r) => (
              <TableRow key={r}>
                {preview.headers.map((_, i) => (
                  <TableCell key={i} sx={{ whiteSpace: 'nowrap' }}>
                    {row[i] ?? ''}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
