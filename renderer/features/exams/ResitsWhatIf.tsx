import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { LearnerExam } from '../../../shared/api/exams';
import { parseMarkInput } from '../../../shared/domain/marks/mark-input';
import type { DisplayRounding } from '../../../shared/domain/marks/rounding';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { useQuery } from '../../hooks/useQuery';
import { DecisionSummary } from './DecisionCard';

interface ResitLine {
  unitCode: string;
  mark: string;
}
type Resit = { unitCode: string; mark: number };

/** The decision recomputed by the backend with the resits typed; nothing is saved. */
function AfterResits(props: {
  learnerId: number;
  sessionDate: string;
  resits: Resit[];
  rounding: DisplayRounding;
}) {
  const { learnerId, sessionDate, resits, rounding } = props;
  const query = useQuery('exams.learner', { learnerId, sessionDate, resits });
  if (query.error) return <Alert severity="error">{query.error}</Alert>;
  const after = query.data?.afterResits;
  if (!after) return null;
  return (
    <section aria-label={t.afterResits}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {t.afterResits}
      </Typography>
      <DecisionSummary decision={after} rounding={rounding} />
    </section>
  );
}

/** For a candidate at the épreuves de contrôle: two resits on general units, the decision live. */
export function ResitsWhatIf({ view, rounding }: { view: LearnerExam; rounding: DisplayRounding }) {
  const [lines, setLines] = useState<ResitLine[]>([
    { unitCode: '', mark: '' },
    { unitCode: '', mark: '' },
  ]);
  const set = (i: number, change: Partial<ResitLine>) =>
    setLines((all) => all.map((l, j) => (j === i ? { ...l, ...change } : l)));

  const parsed = lines.map((l) => (l.mark.trim() ? parseMarkInput(l.mark) : null));
  const errors = parsed.map((p) =>
    p && !p.ok ? p.reason : p && p.ok && p.value.kind !== 'mark' ? t.markOnly : null,
  );
  const resits: Resit[] = lines.flatMap((l, i) => {
    const p = parsed[i];
    return l.unitCode && p?.ok && p.value.kind === 'mark'
      ? [{ unitCode: l.unitCode, mark: p.value.mark }]
      : [];
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} role="region" aria-label={t.resitsTitle}>
      <Typography variant="h6" component="h2">
        {t.resitsTitle}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t.resitsIntro}
      </Typography>
      <Stack spacing={2} sx={{ mb: 2 }}>
        {lines.map((line, i) => (
          <Stack key={i} direction="row" spacing={2}>
            <TextField
              select
              label={t.resitUnit(i + 1)}
              value={line.unitCode}
              onChange={(e) => set(i, { unitCode: e.target.value })}
              sx={{ width: 320 }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{t.noUnit}</MenuItem>
              {view.units
                .filter((u) => view.resitUnitCodes.includes(u.code))
                .map((u) => (
                  <MenuItem
                    key={u.code}
                    value={u.code}
                    disabled={lines.some((l, j) => j !== i && l.unitCode === u.code)}
                  >
                    {`${u.code} — ${u.title}`}
                  </MenuItem>
                ))}
            </TextField>
            <TextField
              label={t.resitMark(i + 1)}
              value={line.mark}
              onChange={(e) => set(i, { mark: e.target.value })}
              error={!!errors[i]}
              helperText={errors[i] ?? undefined}
              sx={{ width: 220 }}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          </Stack>
        ))}
      </Stack>
      {resits.length > 0 ? (
        <AfterResits
          learnerId={view.learner.id}
          sessionDate={view.sessionDate}
          resits={resits}
          rounding={rounding}
        />
      ) : (
        <Typography color="text.secondary">{t.resitsPending}</Typography>
      )}
    </Paper>
  );
}
