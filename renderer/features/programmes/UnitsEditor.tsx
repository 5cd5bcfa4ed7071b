import Checkbox from '@mui/material/Checkbox';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { UNIT_FORMS, UNIT_KINDS } from '../../../shared/api/programmes';
import { programmesFr as t, unitFormLabelsFr, unitKindLabelsFr } from '../../../shared/i18n/fr/programmes';
import { emptyUnit, type UnitRow } from './edit-form';
import { AddButton, dense, patch, RemoveRowButton, RowField, top, without, type RowsProps } from './RowField';

export function UnitsEditor({ rows, onRows, fields }: RowsProps<UnitRow>) {
  return (
    <>
      <Paper variant="outlined">
        <Table aria-label={t.units} sx={dense}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 80 }}>{t.unitCode}</TableCell>
              <TableCell>{t.unitTitle}</TableCell>
              <TableCell sx={{ width: 140 }}>{t.form}</TableCell>
              <TableCell sx={{ width: 90 }}>{t.durationMinutes}</TableCell>
              <TableCell sx={{ width: 100 }}>{t.preparationMinutes}</TableCell>
              <TableCell sx={{ width: 80 }}>{t.coefficient}</TableCell>
              <TableCell sx={{ width: 140 }}>{t.kind}</TableCell>
              <TableCell sx={{ width: 80 }}>{t.optionalColumn}</TableCell>
              <TableCell sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((u, i) => {
              const row = t.rowLabel(t.unit, i + 1);
              const field = (name: keyof UnitRow, label: string) => ({
                label: `${label} (${row})`,
                path: `units.${i}.${name}`,
                fields,
                value: String(u[name] ?? ''),
                onValue: (v: string) => onRows(patch(rows, i, { [name]: v })),
              });
              return (
                <TableRow key={u.key}>
                  <TableCell sx={top}>
                    <RowField {...field('code', t.unitCode)} />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField {...field('title', t.unitTitle)} />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField {...field('form', t.form)} select>
                      {UNIT_FORMS.map((f) => (
                        <MenuItem key={f} value={f}>
                          {unitFormLabelsFr[f]}
                        </MenuItem>
                      ))}
                    </RowField>
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField {...field('durationMinutes', t.durationMinutes)} inputMode="numeric" />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField {...field('preparationMinutes', t.preparationMinutes)} inputMode="numeric" />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField {...field('coefficient', t.coefficient)} inputMode="decimal" />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField {...field('kind', t.kind)} select>
                      {UNIT_KINDS.map((k) => (
                        <MenuItem key={k} value={k}>
                          {unitKindLabelsFr[k]}
                        </MenuItem>
                      ))}
                    </RowField>
                  </TableCell>
                  <TableCell sx={top}>
                    <Checkbox
                      checked={u.optional}
                      onChange={(e) => onRows(patch(rows, i, { optional: e.target.checked }))}
                      slotProps={{ input: { 'aria-label': `${t.optionalColumn} (${row})` } }}
                    />
                    {fields[`units.${i}.optional`] && (
                      <Typography variant="caption" color="error" role="alert" sx={{ display: 'block' }}>
                        {fields[`units.${i}.optional`]}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell sx={top}>
                    <RemoveRowButton label={u.code || row} onClick={() => onRows(without(rows, i))} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Paper>
      <AddButton label={t.addUnit} onClick={() => onRows([...rows, emptyUnit()])} />
    </>
  );
}
