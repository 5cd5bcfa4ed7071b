import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { weekdayNamesFr } from '../../../shared/i18n/fr/calendar';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { MODALITY_LIST, SLOT_LIST, WEEKDAYS, type Modality, type Slot } from './display';
import type { Choice, TrainerChoice } from './useSessionChoices';

export interface PatternRow {
  key: number;
  weekday: number;
  slot: Slot;
  subjectId: number | '';
  trainerId: number | '';
  roomId: number | '';
  modality: Modality;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Pick({
  label,
  value,
  onChange,
  children,
  width,
}: {
  label: string;
  value: string | number;
  onChange(value: string): void;
  children: ReactNode;
  width: number;
}) {
  return (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ width }}>
      {children}
    </TextField>
  );
}

/** The lines of a week template, one session each: day, half-day, subject, trainer, room, modality. */
export function PatternRows({
  rows,
  setRows,
  subjects,
  trainers,
  rooms,
}: {
  rows: PatternRow[];
  setRows(rows: PatternRow[]): void;
  subjects: Choice[];
  trainers(subjectId: number | ''): TrainerChoice[];
  rooms: Choice[];
}) {
  const update = (key: number, patch: Partial<PatternRow>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const num = (v: string) => (v === '' ? '' : Number(v));
  const add = () =>
    setRows([
      ...rows,
      {
        key: Math.max(0, ...rows.map((r) => r.key)) + 1,
        weekday: 1,
        slot: 'morning',
        subjectId: '',
        trainerId: '',
        roomId: '',
        modality: 'onsite',
      },
    ]);

  return (
    <>
      {rows.map((row, i) => (
        <Box
          key={row.key}
          role="group"
          aria-label={t.rowLabel(i + 1)}
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
        >
          <Pick
            label={t.weekday}
            value={row.weekday}
            onChange={(v) => update(row.key, { weekday: Number(v) })}
            width={120}
          >
            {WEEKDAYS.map((d) => (
              <MenuItem key={d} value={d}>
                {capitalize(weekdayNamesFr[d]!)}
              </MenuItem>
            ))}
          </Pick>
          <Pick
            label={t.slot}
            value={row.slot}
            onChange={(v) => update(row.key, { slot: v as Slot })}
            width={130}
          >
            {SLOT_LIST.map((s) => (
              <MenuItem key={s} value={s}>
                {t.slots[s]}
              </MenuItem>
            ))}
          </Pick>
          <Pick
            label={t.subject}
            value={row.subjectId}
            onChange={(v) => update(row.key, { subjectId: num(v) })}
            width={240}
          >
            {subjects.map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.label}
              </MenuItem>
            ))}
          </Pick>
          <Pick
            label={t.trainer}
            value={row.trainerId}
            onChange={(v) => update(row.key, { trainerId: num(v) })}
            width={220}
          >
            <MenuItem value="">{t.none}</MenuItem>
            {trainers(row.subjectId).map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.label}
              </MenuItem>
            ))}
          </Pick>
          <Pick
            label={t.modality}
            value={row.modality}
            onChange={(v) => update(row.key, { modality: v as Modality })}
            width={130}
          >
            {MODALITY_LIST.map((m) => (
              <MenuItem key={m} value={m}>
                {t.modalityShort[m]}
              </MenuItem>
            ))}
          </Pick>
          {row.modality === 'onsite' && (
            <Pick
              label={t.roomField}
              value={row.roomId}
              onChange={(v) => update(row.key, { roomId: num(v) })}
              width={180}
            >
              <MenuItem value="">{t.none}</MenuItem>
              {rooms.map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {r.label}
                </MenuItem>
              ))}
            </Pick>
          )}
          <IconButton
            aria-label={t.removeRow(i + 1)}
            onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
          >
            <DeleteIcon />
          </IconButton>
        </Box>
      ))}
      <Button startIcon={<AddIcon />} onClick={add} sx={{ alignSelf: 'flex-start' }}>
        {t.addRow}
      </Button>
    </>
  );
}
