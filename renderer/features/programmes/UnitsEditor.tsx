import Checkbox from '@mui/material/Checkbox';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { UNIT_FORMS, UNIT_KINDS } from '../../../shared/api/programmes';
import { programmesFr as t, unitFormLabelsFr, unitKindLabelsFr } from '../../../shared/i18n/fr/programmes';
import { emptyUnit, type UnitRow } from './edit-form';
import { cellField, patch, RowField, RowsTable, type RowsProps } from './RowField';

export function UnitsEditor(props: RowsProps<UnitRow>) {
  const { rows, onRows, fields } = props;
  return (
    <RowsTable
      label={t.units}
      columns={[
        { title: t.unitCode, width: 80 },
        { title: t.unitTitle },
        { title: t.form, width: 140 },
        { title: t.durationMinutes, width: 90 },
        { title: t.preparationMinutes, width: 100 },
        { title: t.coefficient, width: 80 },
        { title: t.kind, width: 140 },
        { title: t.optionalColumn, width: 80 },
      ]}
      rows={rows}
      onRows={onRows}
      rowName={(u, i) => u.code || t.rowLabel(t.unit, i + 1)}
      cells={(u, i) => {
        const row = t.rowLabel(t.unit, i + 1);
        const field = cellField(props, 'units', i, row);
        return [
          <RowField {...field('code', t.unitCode)} />,
          <RowField {...field('title', t.unitTitle)} />,
          <RowField {...field('form', t.form)} select>
            {UNIT_FORMS.map((f) => (
              <MenuItem key={f} value={f}>
                {unitFormLabelsFr[f]}
              </MenuItem>
            ))}
          </RowField>,
          <RowField {...field('durationMinutes', t.durationMinutes)} inputMode="numeric" />,
          <RowField {...field('preparationMinutes', t.preparationMinutes)} inputMode="numeric" />,
          <RowField {...field('coefficient', t.coefficient)} inputMode="decimal" />,
          <RowField {...field('kind', t.kind)} select>
            {UNIT_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {unitKindLabelsFr[k]}
              </MenuItem>
            ))}
          </RowField>,
          <>
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
          </>,
        ];
      }}
      addLabel={t.addUnit}
      newRow={emptyUnit}
    />
  );
}
