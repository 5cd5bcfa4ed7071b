import type { Ledger } from '../../../../shared/api/planning';
import { ledgerRow, ledgerTotals } from '../../../../shared/domain/planning/hours';
import type { Db } from '../../db/open';
import { slotHours, targetHours, type PlanningFacts } from './context';
import { programmeSubjects } from './facts-repository';
import { groupSlotCounts } from './repository';

/**
 * Hours of a group's signed sessions of a subject. Always 0 for now: there is no attendance yet;
 * the attendance (émargement) issue fills this in from its sheets.
 */
export function deliveredHours(_db: Db, _groupId: number, _subjectId: number): number {
  return 0;
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
    // "Behind schedule at this date": until signed sheets measure delivered hours, the sessions
    // dated before today stand for what has been held, so an empty ledger is not all "late".
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
