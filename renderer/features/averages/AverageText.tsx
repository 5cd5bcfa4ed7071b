import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import type { AverageValue } from '../../../shared/api/averages';
import { type DisplayRounding, roundForDisplay } from '../../../shared/domain/marks/rounding';
import { averagesFr as t } from '../../../shared/i18n/fr/averages';

/** An exact value on /20 as the centre shows it ("12,35", "12,5"), or "—" when there is none. */
export function averageText(value: number | null, rounding: DisplayRounding): string {
  return value === null ? t.noValue : roundForDisplay(value, rounding);
}

/**
 * An average as shown in a table: rounded per the settings, with an hourglass when it is
 * provisional (an NN mark waits) whose tooltip says how many; keyboard users reach it too.
 */
export function AverageText({ average, rounding }: { average: AverageValue; rounding: DisplayRounding }) {
  const text = averageText(average.value, rounding);
  if (!average.provisional) return <>{text}</>;
  return (
    <Tooltip title={t.provisional(average.pending)} describeChild>
      <Box
        component="span"
        tabIndex={0}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontStyle: 'italic' }}
      >
        {text}
        <HourglassEmptyIcon sx={{ fontSize: 16 }} color="warning" aria-label={t.provisionalLabel} />
      </Box>
    </Tooltip>
  );
}
