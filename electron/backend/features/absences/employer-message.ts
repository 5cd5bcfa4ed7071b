import type { Output, ParsedInput } from '../../../../shared/api/index';
import { lineHours, sumHours } from '../../../../shared/domain/attendance/hours';
import { absencesFr as t, employerMessageFr as m } from '../../../../shared/i18n/fr/absences';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import type { HandlerContext } from '../../context';
import { conflict, notFound } from '../../errors';
import { isoDay } from '../cohorts/dates';
import { readSettings } from '../settings/repository';
import { checkPeriod, learnerName, lineFacts, oldestFirst } from './lines';
import { awayLines, learnerRow } from './repository';

/**
 * The message that tells an apprentice's employer about their absences, late arrivals and
 * early leaves over a period (by default from the cohort's start to today), polite and ready to
 * paste into an e-mail to the tutor.
 */
export function employerMessage(
  ctx: HandlerContext,
  input: ParsedInput<'absences.employerMessage'>,
): Output<'absences.employerMessage'> {
  const { db } = ctx;
  checkPeriod(input);
  const learner = learnerRow(db, input.learnerId);
  if (!learner) throw notFound(cohortRulesFr.learnerNotFound);
  const name = learnerName(learner);
  if (!learner.employerName?.trim()) throw conflict(t.noEmployer(name));

  const today = isoDay(ctx.now);
  const to = input.to ?? (learner.cohortEnd && learner.cohortEnd < today ? learner.cohortEnd : today);
  const lines = awayLines(db, { learnerId: learner.learnerId }, null, { from: input.from, to }).sort(
    oldestFirst,
  );
  const from = input.from ?? learner.cohortStart ?? lines[0]?.date ?? to;
  if (lines.length === 0) throw conflict(t.nothingToReport(name, from, to));

  const { slots } = readSettings(db);
  const facts = lines.map((line) => lineFacts(line, slots));
  const items = lines.map((line, i) => {
    const hours = lineHours(facts[i]!);
    return m.item({
      date: line.date,
      slot: line.slot,
      subjectName: line.subjectName,
      absent: line.presence === 'absent',
      lateMinutes: line.lateMinutes,
      leftEarlyMinutes: line.leftEarlyMinutes,
      hours: hours.excused + hours.missed,
      justification: line.justification ?? 'pending',
    });
  });
  const total = sumHours(facts);
  const pending = lines.some((line) => (line.justification ?? 'pending') === 'pending');
  const body = [
    m.greeting(learner.tutorName?.trim() || null),
    '',
    m.intro(name, learner.cohortName, from, to),
    '',
    ...items,
    '',
    m.total(total.missed, total.excused),
    ...(pending ? [m.pendingAsk] : []),
    '',
    m.closing,
    '',
    m.regards,
    m.signature(ctx.user?.displayName ?? ''),
  ].join('\n');
  return { to: learner.tutorEmail, subject: m.subject(name, from, to), body };
}
