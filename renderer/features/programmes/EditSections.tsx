import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { programmesFr as t } from '../../../shared/i18n/fr/programmes';
import {
  emptyBloc,
  emptySubject,
  newKey,
  type BlocRow,
  type ObjectiveRow,
  type SubjectRow,
} from './edit-form';
import { AddButton, dense, patch, RemoveRowButton, RowField, top, without, type RowsProps } from './RowField';

export function ObjectivesEditor({ rows, onRows, fields }: RowsProps<ObjectiveRow>) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={1}>
        {rows.map((o, i) => (
          <Stack key={o.key} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <RowField
              label={t.objective(i + 1)}
              path={`objectives.${i}`}
              fields={fields}
              value={o.text}
              onValue={(text) => onRows(patch(rows, i, { text }))}
            />
            <RemoveRowButton label={t.objective(i + 1)} onClick={() => onRows(without(rows, i))} />
          </Stack>
        ))}
      </Stack>
      <AddButton label={t.addObjective} onClick={() => onRows([...rows, { key: newKey(), text: '' }])} />
    </Paper>
  );
}

export function SubjectsEditor({
  rows,
  onRows,
  fields,
  unitCodes,
}: RowsProps<SubjectRow> & { unitCodes: string[] }) {
  return (
    <>
      <Paper variant="outlined">
        <Table aria-label={t.subjects} sx={dense}>
          <TableHead>
            <TableRow>
              <TableCell>{t.subjectName}</TableCell>
              <TableCell sx={{ width: 110 }}>{t.hoursYear1}</TableCell>
              <TableCell sx={{ width: 110 }}>{t.hoursYear2}</TableCell>
              <TableCell sx={{ width: 110 }}>{t.coefficient}</TableCell>
              <TableCell sx={{ width: 130 }}>{t.unit}</TableCell>
              <TableCell sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((s, i) => {
              const row = t.rowLabel(t.subjectName, i + 1);
              const field = (name: keyof SubjectRow, label: string) => ({
                label: `${label} (${row})`,
                path: `subjects.${i}.${name}`,
                fields,
                value: String(s[name] ?? ''),
                onValue: (v: string) => onRows(patch(rows, i, { [name]: v })),
              });
              return (
                <TableRow key={s.key}>
                  <TableCell sx={top}>
                    <RowField {...field('name', t.subjectName)} />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField {...field('hoursYear1', t.hoursYear1)} inputMode="decimal" />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField {...field('hoursYear2', t.hoursYear2)} inputMode="decimal" />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField {...field('coefficient', t.coefficient)} inputMode="decimal" />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField
                      {...field('unitCode', t.unit)}
                      select
                      slotProps={{ select: { displayEmpty: true } }}
                    >
                      <MenuItem value="">{t.noUnit}</MenuItem>
                      {unitCodes.map((c) => (
                        <MenuItem key={c} value={c}>
                          {c}
                        </MenuItem>
                      ))}
                    </RowField>
                  </TableCell>
                  <TableCell sx={top}>
                    <RemoveRowButton label={s.name || row} onClick={() => onRows(without(rows, i))} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Paper>
      <AddButton label={t.addSubject} onClick={() => onRows([...rows, emptySubject()])} />
    </>
  );
}

export function BlocsEditor({
  rows,
  onRows,
  fields,
  unitCodes,
}: RowsProps<BlocRow> & { unitCodes: string[] }) {
  const nextNumber = rows.reduce((max, b) => Math.max(max, Number(b.number) || 0), 0) + 1;
  return (
    <>
      <Paper variant="outlined">
        <Table aria-label={t.blocs} sx={dense}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 90 }}>{t.blocNumber}</TableCell>
              <TableCell>{t.blocTitle}</TableCell>
              <TableCell sx={{ width: 220 }}>{t.blocUnits}</TableCell>
              <TableCell sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((b, i) => {
              const row = t.rowLabel(t.blocs, i + 1);
              return (
                <TableRow key={b.key}>
                  <TableCell sx={top}>
                    <RowField
                      label={`${t.blocNumber} (${row})`}
                      path={`blocs.${i}.number`}
                      fields={fields}
                      value={b.number}
                      onValue={(number) => onRows(patch(rows, i, { number }))}
                      inputMode="numeric"
                    />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField
                      label={`${t.blocTitle} (${row})`}
                      path={`blocs.${i}.title`}
                      fields={fields}
                      value={b.title}
                      onValue={(title) => onRows(patch(rows, i, { title }))}
                    />
                  </TableCell>
                  <TableCell sx={top}>
                    <RowField
                      label={`${t.blocUnits} (${row})`}
                      path={`blocs.${i}.unitCodes`}
                      fields={fields}
                      value={b.unitCodes as unknown as string}
                      onValue={(v) => onRows(patch(rows, i, { unitCodes: v as unknown as string[] }))}
                      select
                      slotProps={{ select: { multiple: true } }}
                    >
                      {[...new Set([...unitCodes, ...b.unitCodes])].map((c) => (
                        <MenuItem key={c} value={c}>
                          {c}
                        </MenuItem>
                      ))}
                    </RowField>
                  </TableCell>
                  <TableCell sx={top}>
                    <RemoveRowButton label={b.title || row} onClick={() => onRows(without(rows, i))} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Paper>
      <AddButton label={t.addBloc} onClick={() => onRows([...rows, emptyBloc(nextNumber)])} />
    </>
  );
}
