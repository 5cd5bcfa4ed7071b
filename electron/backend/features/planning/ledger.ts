import type { Ledger } from '../../../../shared/api/planning';
import { ledgerRow, ledgerTotals } from '../../../../shared/domain/planning/hours';
import type { Db } from '../../db/open';
import { slotHours, targetHours, type PlanningFacts } from './context';
import { closedSlotCounts } from '../attendance/sessions-repository';
import { readSettings } from '../settings/repository';
import { programmeSubjects } from './facts-repository';
import { groupSlotCounts } from './repository';

/**
 * Hours of a group's sessions of a subject that were delivered: those whose attendance sheet is
 * closed (signed by the trainer, on screen or on paper), at the centre's slot times. A sheet
 * reopened by a manager stops counting until it is closed again.
 */
export function deliveredHours(db: Db, groupId: number, subjectId: number): number {
  return slotHours(closedSlotCounts(db, groupId, subjectId), readSettings(db).slots);
}

/**
 * A group's hours ledger: one row per subject of its cohort's programme, in programme order.
 * Target: the subject's hours over the training years the cohort covers (the same figure the
 * "over target" warning uses); planned: its sessions at the centre's slot times. The drift runs
 * over the cohort's dates, and the totals are held against the programme's total hours.
 */
export function groupLedger(facts: PlanningFacts, groupId: number, today: string): Ledger {
  const group = facts.group(groupId);
  const counts = groupSlotCounts(facts.db, groupId);
  const past = groupSlotCounts(facts.db, groupId, today);
  const rows = programmeSubjects(facts.db, group.programmeId).map((subject) => {
    const hoursOf = (list: typeof counts) =>
      slotHours(
        list.filter((c) => c.subjectId === subject.id),
        facts.slots,
      );
    const plannedHours = hoursOf(counts);
    const target = targetHours(subject, group);
    const delivered = deliveredHours(facts.db, groupId, subject.id);
    const period = {
      targetHours: target,
      plannedHours,
      today,
      yearStart: group.startDate,
      yearEnd: group.endDate,
    };
    const row = ledgerRow({ ...period, deliveredHours: delivered });
    // "Behind schedule at this date" is a planning signal: the sessions dated before today stand
    // for what was held even while their sheets wait for a signature (the pending sheets list
    // says that), so a late signature does not make a subject look under-planned.
    const progress = ledgerRow({ ...period, deliveredHours: Math.max(delivered, hoursOf(past)) });
    return {
      subjectId: subject.id,
      subjectName: subject.name,
      targetHours: target,
      plannedHours,
      deliveredHours: delivered,
      remainingToPlan: row.remainingToPlan,
      remainingToDeliver: row.remainingToDeliver,
      overPlanned: row.overPlanned,
      drift: progress.drift,
    };
  });
  const totals = ledgerTotals(rows, group.programmeHours);
  return {
    groupId,
    rows,
    totals: {
      programmeHours: totals.programmeHours,
      targetHours: totals.targetHours,
      plannedHours: totals.plannedHours,
      deliveredHours: totals.deliveredHours,
    },
  };
}
