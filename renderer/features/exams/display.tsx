import Chip from '@mui/material/Chip';
import type { BTS_OUTCOMES } from '../../../shared/api/exams';
import {
  DEFAULT_DISPLAY_ROUNDING,
  type DisplayRounding,
  roundForDisplay,
} from '../../../shared/domain/marks/rounding';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { useQuery } from '../../hooks/useQuery';

type Outcome = (typeof BTS_OUTCOMES)[number];

const COLOURS: Record<Outcome, 'success' | 'warning' | 'error' | 'default'> = {
  admitted: 'success',
  resits: 'warning',
  refused: 'error',
  not_issued: 'error',
  incomplete: 'default',
};

/** The decision as a coloured chip: Admis (green), Contrôle (orange), Ajourné / Non délivrable (red). */
export function OutcomeChip({
  outcome,
  size = 'small',
}: {
  outcome: Outcome | null;
  size?: 'small' | 'medium';
}) {
  if (!outcome) return <Chip size={size} label={t.noDecision} variant="outlined" />;
  return (
    <Chip
      size={size}
      color={COLOURS[outcome]}
      variant={outcome === 'not_issued' ? 'outlined' : 'filled'}
      label={t.outcomes[outcome]}
    />
  );
}

/** The centre's display rounding (Paramètres); decisions are taken on exact values by the backend. */
export function useRounding(): DisplayRounding {
  const settings = useQuery('settings.get', {});
  return settings.data?.marks.displayRounding ?? DEFAULT_DISPLAY_ROUNDING;
}

/** "12,35", or a dash when there is no value. */
export const shown = (value: number | null | undefined, rounding: DisplayRounding): string =>
  value === null || value === undefined ? '—' : roundForDisplay(value, rounding);
