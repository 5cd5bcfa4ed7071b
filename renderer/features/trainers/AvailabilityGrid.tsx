import Checkbox from '@mui/material/Checkbox';
import FormHelperText from '@mui/material/FormHelperText';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { SLOTS, WEEKDAYS } from '../../../shared/api/trainers';
import { slotHoursFr, slotLabelsFr, trainersFr, weekdayLabelsFr } from '../../../shared/i18n/fr/trainers';

type Slot = (typeof SLOTS)[number];
export interface HalfDay {
  weekday: number;
  slot: Slot;
}

/**
 * The weekly availability as the planning grid shows it: half-days in rows, Monday to Saturday in
 * columns, one checkbox each, and a "tout cocher" box per row.
 */
export function AvailabilityGrid({
  value,
  onChange,
  error,
}: {
  value: readonly HalfDay[];
  onChange(next: HalfDay[]): void;
  error?: string;
}) {
  const has = (weekday: number, slot: Slot) => value.some((a) => a.weekday === weekday && a.slot === slot);

  function toggle(weekday: number, slot: Slot) {
    onChange(
      has(weekday, slot)
        ? value.filter((a) => !(a.weekday === weekday && a.slot === slot))
        : [...value, { weekday, slot }],
    );
  }

  function toggleRow(slot: Slot, on: boolean) {
    const others = value.filter((a) => a.slot !== slot);
    onChange(on ? [...others, ...WEEKDAYS.map((weekday) => ({ weekday, slot }))] : others);
  }

  return (
    <>
      <Table size="small" aria-label={trainersFr.availability} sx={{ '& td, & th': { px: 0.5 } }}>
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell align="center">
              <Typography variant="caption">{trainersFr.checkAll}</Typography>
            </TableCell>
            {WEEKDAYS.map((day) => (
              <TableCell key={day} align="center">
                {weekdayLabelsFr[day]}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {SLOTS.map((slot) => {
            const count = WEEKDAYS.filter((day) => has(day, slot)).length;
            return (
              <TableRow key={slot}>
                <TableCell component="th" scope="row">
                  {slotLabelsFr[slot]}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {slotHoursFr[slot]}
                  </Typography>
                </TableCell>
                <TableCell align="center">
                  <Checkbox
                    checked={count === WEEKDAYS.length}
                    indeterminate={count > 0 && count < WEEKDAYS.length}
                    onChange={(e) => toggleRow(slot, e.target.checked)}
                    slotProps={{ input: { 'aria-label': trainersFr.checkRow(slotLabelsFr[slot]) } }}
                  />
                </TableCell>
                {WEEKDAYS.map((day) => (
                  <TableCell key={day} align="center">
                    <Checkbox
                      checked={has(day, slot)}
                      onChange={() => toggle(day, slot)}
                      slotProps={{
                        input: {
                          'aria-label': trainersFr.slotOfDay(slotLabelsFr[slot], weekdayLabelsFr[day]!),
                        },
                      }}
                    />
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </>
  );
}
