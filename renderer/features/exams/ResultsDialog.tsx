import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { RESULT_OUTCOMES, type SessionResults } from '../../../shared/api/exams';
import { parseMarkInput } from '../../../shared/domain/marks/mark-input';
import { formatNumber } from '../../../shared/format/fr';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';

type Outcome = (typeof RESULT_OUTCOMES)[number];
interface Line {
  outcome: Outcome | '';
  average: string;
}
export interface ResultLearner {
  learnerId: number;
  surname: string;
  firstName: string;
}

const nameOf = (l: ResultLearner) => `${l.surname} ${l.firstName}`;

/** The published results of one session, learner by learner; "Non présenté" rows are not saved. */
export function ResultsDialog({
  cohortId,
  learners,
  session,
  onClose,
}: {
  cohortId: number;
  learners: readonly ResultLearner[];
  /** The session being corrected; null for a new one. */
  session: SessionResults | null;
  onClose(saved: SessionResults[] | null, year?: number): void;
}) {
  const action = useAction();
  const [year, setYear] = useState(String(session?.sessionYear ?? new Date().getFullYear()));
  const [lines, setLines] = useState<Record<number, Line>>(() =>
    Object.fromEntries(
      (session?.results ?? []).map((r) => [
        r.learnerId,
        { outcome: r.outcome, average: r.average === null ? '' : formatNumber(r.average, 2) },
      ]),
    ),
  );
  const everyone = [
    ...learners,
    ...(session?.results ?? []).filter((r) => !learners.some((l) => l.learnerId === r.learnerId)),
  ];
  const line = (id: number): Line => lines[id] ?? { outcome: '', average: '' };
  const set = (id: number, change: Partial<Line>) =>
    setLines((all) => ({ ...all, [id]: { ...line(id), ...change } }));

  async function submit() {
    const sent = everyone.filter((l) => line(l.learnerId).outcome !== '');
    const fields: Record<string, string> = {};
    const results = sent.map((l, i) => {
      const { outcome, average } = line(l.learnerId);
      const parsed = parseMarkInput(outcome === 'absent' ? '' : average);
      if (!parsed.ok) fields[`results.${i}.average`] = parsed.reason;
      else if (parsed.value.kind === 'code') fields[`results.${i}.average`] = t.averageNotNumber;
      const value = parsed.ok && parsed.value.kind === 'mark' ? parsed.value.mark : null;
      return { learnerId: l.learnerId, outcome: outcome as Outcome, average: value };
    });
    if (Object.keys(fields).length) return action.refuse(fields, Object.values(fields)[0]);
    const saved = await action.run(() =>
      call('exams.saveResults', { cohortId, sessionYear: Number(year), results }),
    );
    if (saved) onClose(saved, Number(year));
  }

  // The backend names rows by their place in what was sent: map them back to learners.
  const sentIds = everyone.filter((l) => line(l.learnerId).outcome !== '').map((l) => l.learnerId);
  const errorOf = (id: number, suffix = '') => {
    const i = sentIds.indexOf(id);
    return i < 0 ? undefined : (action.fields[`results.${i}${suffix}`] ?? undefined);
  };

  return (
    <FormDialog
      title={session ? t.editResults(session.sessionYear) : t.resultsDialog}
      intro={t.resultsIntro}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      maxWidth="md"
    >
      <TextField
        label={t.sessionYear}
        value={year}
        onChange={(e) => setYear(e.target.value.replace(/\D/g, '').slice(0, 4))}
        error={!!action.fields.sessionYear}
        helperText={action.fields.sessionYear}
        disabled={!!session}
        sx={{ width: 180 }}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      {everyone.map((l) => {
        const name = nameOf(l);
        const current = line(l.learnerId);
        const rowError = errorOf(l.learnerId);
        return (
          <Stack key={l.learnerId} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Typography sx={{ width: 220, pt: 1 }}>{name}</Typography>
            <TextField
              select
              label={t.resultOutcome(name)}
              value={current.outcome}
              onChange={(e) => set(l.learnerId, { outcome: e.target.value as Outcome | '' })}
              error={!!(rowError ?? errorOf(l.learnerId, '.outcome'))}
              helperText={rowError ?? errorOf(l.learnerId, '.outcome')}
              sx={{ width: 260 }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{t.notEntered}</MenuItem>
              {RESULT_OUTCOMES.map((o) => (
                <MenuItem key={o} value={o}>
                  {t.resultOutcomes[o]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t.resultAverage(name)}
              value={current.average}
              onChange={(e) => set(l.learnerId, { average: e.target.value })}
              disabled={current.outcome === '' || current.outcome === 'absent'}
              error={!!errorOf(l.learnerId, '.average')}
              helperText={errorOf(l.learnerId, '.average')}
              sx={{ width: 200 }}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          </Stack>
        );
      })}
    </FormDialog>
  );
}
