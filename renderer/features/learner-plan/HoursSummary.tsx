import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { LearnerPlan } from '../../../shared/api/learner-plan';
import { learnerPlanScreenFr as t } from '../../../shared/i18n/fr/learner-plan';

function Stat({ label, value, help }: { label: string; value: string; help?: string }) {
  return (
    <Box sx={{ minWidth: 150 }}>
      <Typography component="dt" variant="caption" color="text.secondary" title={help}>
        {label}
      </Typography>
      <Typography component="dd" variant="h6" sx={{ m: 0, fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Typography>
    </Box>
  );
}

/**
 * Planned centre hours and, under a work contract, the contract's hours against the 25 % minimum:
 * a green tick when it is met, the rule's French message when it is not.
 */
export function HoursSummary({ plan }: { plan: LearnerPlan }) {
  const { hours, contract } = plan;
  const minimum = contract?.minimum ?? null;
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t.hoursTitle}
        {contract?.start && contract.end && (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
            {t.contractPeriod(contract.start, contract.end)}
          </Typography>
        )}
      </Typography>
      <Stack direction="row" component="dl" aria-label={t.hoursTitle} sx={{ m: 0, flexWrap: 'wrap', gap: 3 }}>
        <Stat
          label={t.plannedCentreHours}
          value={t.hours(hours.centreHours)}
          help={t.plannedCentreHoursHelp}
        />
        {hours.missedHours > 0 && <Stat label={t.missedHours} value={t.hours(hours.missedHours)} />}
        {contract?.hours != null && (
          <>
            <Stat label={t.contractHours} value={t.hours(contract.hours)} help={contract.note} />
            <Stat label={t.contractCentreHours} value={t.hours(contract.centreHours ?? 0)} />
          </>
        )}
        {minimum && (
          <>
            <Stat label={t.share} value={t.percent(minimum.share)} />
            <Stat label={t.requiredHours} value={t.hours(minimum.requiredHours)} />
          </>
        )}
      </Stack>
      {minimum &&
        (minimum.ok ? (
          <Alert severity="success" icon={<CheckCircleOutlineIcon fontSize="inherit" />}>
            {t.minimumOk}
          </Alert>
        ) : (
          <Alert severity="warning" icon={<WarningAmberIcon fontSize="inherit" />}>
            {minimum.message}
          </Alert>
        ))}
      {contract?.missing && <Alert severity="info">{contract.missing}</Alert>}
      {/* A short contract's message already says its hours are an estimate. */}
      {(!contract || !minimum || minimum.ok) && (
        <Typography variant="caption" color="text.secondary">
          {contract ? contract.note : t.notUnderContract}
        </Typography>
      )}
    </Stack>
  );
}
