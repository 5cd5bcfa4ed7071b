import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import type { LearnerRow } from '../../../shared/api/learners';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';

/**
 * The learners of the scope, all ticked by default; untick some to issue only the others (one
 * learner's report card, say). `selected` null means all of them.
 */
export function LearnerChecklist({
  learners,
  selected,
  onChange,
  error,
}: {
  learners: readonly LearnerRow[] | null;
  selected: readonly number[] | null;
  onChange(next: number[] | null): void;
  error?: string;
}) {
  if (!learners) return <Typography color="text.secondary">{t.loadingLearners}</Typography>;
  if (learners.length === 0) return <Typography color="text.secondary">{t.noLearners}</Typography>;

  const ticked = new Set(selected ?? learners.map((l) => l.id));
  const all = ticked.size === learners.length;

  function toggle(id: number) {
    const next = new Set(ticked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(
      next.size === learners!.length ? null : learners!.filter((l) => next.has(l.id)).map((l) => l.id),
    );
  }

  return (
    <Box role="group" aria-label={t.learnersLabel}>
      <FormControlLabel
        label={all ? t.allLearners(learners.length) : t.someLearners(ticked.size, learners.length)}
        control={
          <Checkbox
            checked={all}
            indeterminate={!all && ticked.size > 0}
            onChange={() => onChange(all ? [] : null)}
          />
        }
      />
      <Box
        sx={{
          maxHeight: 220,
          overflowY: 'auto',
          border: 1,
          borderColor: error ? 'error.main' : 'divider',
          borderRadius: 1,
          px: 1.5,
          py: 0.5,
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
        }}
      >
        {learners.map((l) => (
          <FormControlLabel
            key={l.id}
            label={t.learnerName(l.surname, l.firstName)}
            control={<Checkbox size="small" checked={ticked.has(l.id)} onChange={() => toggle(l.id)} />}
            slotProps={{ typography: { variant: 'body2', noWrap: true } }}
          />
        ))}
      </Box>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}
