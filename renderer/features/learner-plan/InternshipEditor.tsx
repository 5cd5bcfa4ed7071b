import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { LearnerPlan } from '../../../shared/api/learner-plan';
import { MAX_INTERNSHIP_PERIODS } from '../../../shared/api/learner-plan';
import { learnerPlanScreenFr as t } from '../../../shared/i18n/fr/learner-plan';
import { validationFr } from '../../../shared/i18n/fr/validation';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';

interface Row {
  key: number;
  start: string;
  end: string;
  note: string;
}

type Internship = LearnerPlan['internship'];

const rowsOf = (internship: Internship): Row[] =>
  internship.periods.map((p, i) => ({ key: i + 1, start: p.start, end: p.end, note: p.note ?? '' }));
const weeksText = (internship: Internship) =>
  internship.reducedWeeks === null ? '' : String(internship.reducedWeeks);
const dateSlots = { inputLabel: { shrink: true } } as const;

/** The rule's verdict: its French warnings, saved anyway, or a sentence saying it is met. */
function Verdict({ internship }: { internship: Internship }) {
  if (!internship.applies) return null;
  if (internship.issues.length === 0) return <Alert severity="success">{t.compliant}</Alert>;
  return (
    <Alert severity="warning">
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {internship.issues.map((issue) => (
          <li key={issue}>{issue}</li>
        ))}
      </Box>
    </Alert>
  );
}

/**
 * A learner's internship periods (start, end, note) and reduced length. Saving never fails on
 * the 16-week rule: the plan is stored and the warnings come back with it.
 */
export function InternshipEditor(props: {
  learnerId: number;
  internship: Internship;
  canEdit: boolean;
  onSaved(plan: LearnerPlan): void;
}) {
  const { internship, canEdit } = props;
  const [rows, setRows] = useState(() => rowsOf(internship));
  const [weeks, setWeeks] = useState(() => weeksText(internship));
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const { reset } = action;

  // A saved plan comes back sorted by date: the form shows it as stored. Compared by content, so
  // a day toggled in the calendar (a new plan, the same periods) keeps edits in progress.
  const stored = JSON.stringify([internship.periods, internship.reducedWeeks]);
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    setRows(rowsOf(internship));
    setWeeks(weeksText(internship));
  }

  const dirty =
    JSON.stringify(rows.map(({ key: _key, ...r }) => r)) !==
      JSON.stringify(rowsOf(internship).map(({ key: _key, ...r }) => r)) || weeks !== weeksText(internship);
  const update = (key: number, patch: Partial<Row>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const text = weeks.trim();
    const reducedWeeks = text === '' ? null : Number(text);
    if (reducedWeeks !== null && !Number.isInteger(reducedWeeks)) {
      return action.refuse({ reducedWeeks: validationFr.expectedInteger });
    }
    const periods = rows.map(({ start, end, note }) => ({ start, end, note }));
    const plan = await action.run(() =>
      call('learnerPlan.saveInternships', { learnerId: props.learnerId, periods, reducedWeeks }),
    );
    if (plan) {
      setSaved(true);
      props.onSaved(plan);
    }
  }

  return (
    <Stack spacing={1.5} component="section" aria-label={t.internshipTitle}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t.internshipTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {internship.applies ? t.internshipRule : t.internshipNotScolaire}
      </Typography>
      {internship.applies && (
        <Typography variant="body2">
          {t.summary(internship.totalWeeks, internship.longestWeeks, internship.requiredWeeks)}
        </Typography>
      )}
      {saved && !dirty && (
        <Alert severity="success" onClose={() => setSaved(false)}>
          {t.saved}
        </Alert>
      )}
      <Verdict internship={internship} />

      {!canEdit ? (
        <ReadOnlyPeriods internship={internship} />
      ) : (
        <Stack component="form" spacing={1.5} onSubmit={(e) => void save(e)} noValidate>
          {action.error && <Alert severity="error">{action.error}</Alert>}
          {rows.length === 0 && <Typography color="text.secondary">{t.noPeriod}</Typography>}
          {rows.map((row, i) => {
            const field = (name: string) => action.fields[`periods.${i}.${name}`];
            return (
              <Box
                key={row.key}
                role="group"
                aria-label={t.periodRow(i + 1)}
                sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}
              >
                <TextField
                  type="date"
                  label={t.start}
                  value={row.start}
                  onChange={(e) => update(row.key, { start: e.target.value })}
                  error={!!field('start')}
                  helperText={field('start')}
                  slotProps={dateSlots}
                  sx={{ width: 170 }}
                />
                <TextField
                  type="date"
                  label={t.end}
                  value={row.end}
                  onChange={(e) => update(row.key, { end: e.target.value })}
                  error={!!field('end')}
                  helperText={field('end')}
                  slotProps={dateSlots}
                  sx={{ width: 170 }}
                />
                <TextField
                  label={t.note}
                  value={row.note}
                  onChange={(e) => update(row.key, { note: e.target.value })}
                  error={!!field('note')}
                  helperText={field('note')}
                  sx={{ flex: 1, minWidth: 220 }}
                />
                <IconButton
                  aria-label={t.removePeriod(i + 1)}
                  onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                >
                  <DeleteIcon />
                </IconButton>
              </Box>
            );
          })}
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1.5 }}>
            <Button
              startIcon={<AddIcon />}
              disabled={rows.length >= MAX_INTERNSHIP_PERIODS}
              onClick={() =>
                setRows((current) => [
                  ...current,
                  { key: Math.max(0, ...current.map((r) => r.key)) + 1, start: '', end: '', note: '' },
                ])
              }
            >
              {t.addPeriod}
            </Button>
            <TextField
              label={t.reducedWeeks}
              value={weeks}
              onChange={(e) => setWeeks(e.target.value)}
              error={!!action.fields.reducedWeeks}
              helperText={action.fields.reducedWeeks ?? t.reducedWeeksHelp}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              sx={{ width: 240 }}
            />
            <Box sx={{ flex: 1 }} />
            {dirty && (
              <Button
                onClick={() => {
                  setRows(rowsOf(internship));
                  setWeeks(weeksText(internship));
                  reset();
                }}
              >
                {t.cancel}
              </Button>
            )}
            <Button type="submit" variant="contained" disabled={action.busy || !dirty}>
              {t.save}
            </Button>
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

function ReadOnlyPeriods({ internship }: { internship: Internship }) {
  return (
    <>
      {internship.periods.length === 0 ? (
        <Typography color="text.secondary">{t.noPeriod}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {internship.periods.map((p, i) => (
            <li key={i}>{t.periodLine(p.start, p.end, p.note)}</li>
          ))}
        </Box>
      )}
      {internship.reducedWeeks !== null && (
        <Typography variant="body2">{t.reducedLine(internship.reducedWeeks)}</Typography>
      )}
    </>
  );
}
