import { planningRulesFr as t } from '../../i18n/fr/planning';

/** An apprentice spends at least 25 % of the contract's working time in the centre. */
export const APPRENTICE_MIN_SHARE = 0.25;
/** A BTS is prepared in 1350 hours of training over a two-year contract. */
export const BTS_REFERENCE_HOURS = 1350;
export const BTS_REFERENCE_MONTHS = 24;

/** Share of the contract's hours spent in centre, 0 when the contract has no hours yet. */
export function apprenticeCentreShare(centreHours: number, contractHours: number): number {
  return contractHours > 0 ? centreHours / contractHours : 0;
}

export interface ApprenticeMinimumInput {
  centreHours: number;
  /** Working hours of the whole contract. */
  contractHours: number;
  contractMonths: number;
  /** The diploma's reference hours over 24 months; null when the diploma is not a BTS. */
  btsHours?: number | null;
}

export interface ApprenticeMinimum {
  ok: boolean;
  share: number;
  requiredHours: number;
  /** The BTS floor for this contract's length, null when not a BTS. */
  btsRequiredHours: number | null;
  /** French explanation when the minimum is not met. */
  message: string | null;
}

/**
 * Whether an apprentice's centre hours meet the minimum:
 * required = max(25 % of the contract's hours, BTS hours × contract months / 24).
 *
 * ASSUMED: the pro-rata formula. The rule says "at least 1350 h for a BTS, pro rata for shorter
 * contracts" without the formula; we prorate on months and cap at 24 months, because a longer
 * contract does not make the diploma longer. The message says the rule is assumed.
 */
export function meetsApprenticeMinimum(input: ApprenticeMinimumInput): ApprenticeMinimum {
  const { centreHours, contractHours, contractMonths } = input;
  const btsHours = input.btsHours === undefined ? BTS_REFERENCE_HOURS : input.btsHours;
  const months = Math.min(Math.max(contractMonths, 0), BTS_REFERENCE_MONTHS);
  const btsRequiredHours = btsHours === null ? null : (btsHours * months) / BTS_REFERENCE_MONTHS;
  const requiredHours = Math.max(APPRENTICE_MIN_SHARE * contractHours, btsRequiredHours ?? 0);
  const share = apprenticeCentreShare(centreHours, contractHours);
  // Compared to the minute: hours come from sums of 3 h 45 slots, never exact decimals.
  const ok = Math.round(centreHours * 60) >= Math.round(requiredHours * 60);
  return {
    ok,
    share,
    requiredHours,
    btsRequiredHours,
    message: ok
      ? null
      : t.apprenticeShort(
          centreHours,
          share,
          requiredHours,
          contractHours,
          btsHours === null || btsRequiredHours === null
            ? null
            : { required: btsRequiredHours, reference: btsHours },
        ),
  };
}
