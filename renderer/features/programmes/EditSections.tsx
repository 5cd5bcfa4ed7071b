import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { programmesFr as t } from '../../../shared/i18n/fr/programmes';
import {
  emptyBloc,
  emptySubject,
  newKey,
  type BlocRow,
  type ObjectiveRow,
  type SubjectRow,
} from './edit-form';
import {
  AddButton,
  cellField,
  patch,
  RemoveRowButton,
  RowField,
  RowsTable,
  without,
  type RowsProps,
} from './RowField';

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

export function SubjectsEditor({ unitCodes, ...props }: RowsProps<SubjectRow> & { unitCodes: string[] }) {
  return (
    <RowsTable
      label={t.subjects}
      columns={[
        { title: t.subjectName },
        { title: t.hoursYear1, width: 110 },
        { title: t.hoursYear2, width: 110 },
        { title: t.coefficient, width: 110 },
        { title: t.unit, width: 130 },
      ]}
      rows={props.rows}
      onRows={props.onRows}
      rowName={(s, i) => s.name || t.rowLabel(t.subjectName, i + 1)}
      cells={(_s, i) => {
        const field = cellField(props, 'subjects', i, t.rowLabel(t.subjectName, i + 1));
        return [
          <RowField {...field('name', t.subjectName)} />,
          <RowField {...field('hoursYear1', t.hoursYear1)} inputMode="decimal" />,
          <RowField {...field('hoursYear2', t.hoursYear2)} inputMode="decimal" />,
          <RowField {...field('coefficient', t.coefficient)} inputMode="decimal" />,
          <RowField {...field('unitCode', t.unit)} select slotProps={{ select: { displayEmpty: true } }}>
            <MenuItem value="">{t.noUnit}</MenuItem>
            {unitCodes.map((c) => (
              <MenuItem key={c} value={c}>
                {c}
              </MenuItem>
            ))}
          </RowField>,
        ];
      }}
      addLabel={t.addSubject}
      newRow={emptySubject}
    />
  );
}

export function BlocsEditor({ unitCodes, ...props }: RowsProps<BlocRow> & { unitCodes: string[] }) {
  const { rows, onRows, fields } = props;
  const nextNumber = rows.reduce((max, b) => Math.max(max, Number(b.number) || 0), 0) + 1;
  return (
    <RowsTable
      label={t.blocs}
      columns={[
        { title: t.blocNumber, width: 90 },
        { title: t.blocTitle },
        { title: t.blocUnits, width: 220 },
      ]}
      rows={rows}
      onRows={onRows}
      rowName={(b, i) => b.title || t.rowLabel(t.blocs, i + 1)}
      cells={(b, i) => {
        const row = t.rowLabel(t.blocs, i + 1);
        const field = cellField(props, 'blocs', i, row);
        return [
          <RowField {...field('number', t.blocNumber)} inputMode="numeric" />,
          <RowField {...field('title', t.blocTitle)} />,
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
          </RowField>,
        ];
      }}
      addLabel={t.addBloc}
      newRow={() => emptyBloc(nextNumber)}
    />
  );
}
