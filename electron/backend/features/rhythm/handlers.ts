import { readSettings } from '../settings/repository';
import { publicHolidayMap } from '../../../../shared/domain/calendar/public-holidays';
import { slotDurationHours } from '../../../../shared/domain/calendar/half-days';
import { compareDates, weekday } from '../../../../shared/domain/calendar/dates';
import {
  applyDayOverrides,
  centreHours,
  generateRhythm,
  rhythmPatternIssues,
  type Rhythm,
} from '../../../../shared/domain/planning/rhythm';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { rhythmRulesFr as t } from '../../../../shared/i18n/fr/rhythm';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { AppError, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { assertCohortWritable } from '../cohorts/membership';
import {
  companyDays,
  findGroupCohort,
  readPattern,
  replaceCompanyDays,
  savePattern,
  sessionDatesOnCompanyDays,
  setCentreDay,
  setCompanyDay,
  type GroupCohort,
} from './repository';
import { schoolHolidaysHandlers } from './school-holidays';

const EVERY_WORKING_DAY = { kind: 'weekdays', centreWeekdays: [1, 2, 3, 4, 5, 6] } as const;

function groupCohort(ctx: HandlerContext, groupId: number): GroupCohort {
  const group = findGroupCohort(ctx.db, groupId);
  if (!group) throw notFound(cohortRulesFr.groupNotFound);
  return group;
}

function writableGroup(ctx: HandlerContext, groupId: number): GroupCohort {
  const group = groupCohort(ctx, groupId);
  assertCohortWritable(ctx.db, group.cohortId);
  return group;
}

/** The group's rhythm over its cohort's dates: every Monday–Saturday in centre but its company days. */
function storedRhythm(ctx: HandlerContext, group: GroupCohort): { rhythm: Rhythm; company: string[] } {
  const company = companyDays(ctx.db, group.groupId, group.start, group.end);
  const allCentre = generateRhythm(EVERY_WORKING_DAY, group.start, group.end);
  const rhythm = applyDayOverrides(
    allCentre,
    company.map((date) => ({ date, place: 'company' as const })),
  );
  return { rhythm, company };
}

/** A centre day gives its morning and afternoon; the evening slot is for occasional masterclasses. */
function hoursPerCentreDay(ctx: HandlerContext): number {
  const { slots } = readSettings(ctx.db);
  return slotDurationHours('morning', slots) + slotDurationHours('afternoon', slots);
}

export const rhythmHandlers: HandlersOf<
  'rhythm.get' | 'rhythm.generate' | 'rhythm.setDays' | 'schoolHolidays.list' | 'schoolHolidays.import'
> = {
  'rhythm.get': ({ groupId }, ctx) => {
    const group = groupCohort(ctx, groupId);
    const { rhythm, company } = storedRhythm(ctx, group);
    const closed = publicHolidayMap(group.start, group.end, { alsaceMoselle: group.alsaceMoselle });
    return {
      groupId,
      start: group.start,
      end: group.end,
      pattern: readPattern(ctx.db, groupId),
      companyDays: company,
      centreHours: centreHours(rhythm, 1, hoursPerCentreDay(ctx), closed.keys()),
    };
  },

  'rhythm.generate': ({ groupId, pattern }, ctx) => {
    const issues = rhythmPatternIssues(pattern);
    if (issues.length > 0) throw new AppError('INVALID_INPUT', issues.join(' '), { pattern: issues[0]! });
    const group = writableGroup(ctx, groupId);
    const rhythm = generateRhythm(pattern, group.start, group.end);
    const company = [...rhythm].filter(([, place]) => place === 'company').map(([date]) => date);
    replaceCompanyDays(ctx.db, groupId, company);
    savePattern(ctx.db, groupId, pattern, ctx.now);
    const sessionsOnCompanyDays = sessionDatesOnCompanyDays(ctx.db, groupId);
    auditCall(ctx, 'rhythm.generate', `group:${groupId}`, {
      pattern,
      companyDays: company.length,
      sessionsOnCompanyDays: sessionsOnCompanyDays.length,
    });
    return { companyDays: company.length, sessionsOnCompanyDays };
  },

  'rhythm.setDays': ({ groupId, days }, ctx) => {
    const group = writableGroup(ctx, groupId);
    days.forEach(({ date }, i) => {
      const field = `days.${i}.date`;
      if (weekday(date) === 7)
        throw new AppError('INVALID_INPUT', t.sunday(date), { [field]: t.sunday(date) });
      if (compareDates(date, group.start) < 0 || compareDates(date, group.end) > 0) {
        const message = t.outsideCohort(date, group.start, group.end);
        throw new AppError('INVALID_INPUT', message, { [field]: message });
      }
    });
    // In order: a date listed twice ends as its last entry says.
    for (const { date, place } of days) {
      if (place === 'company') setCompanyDay(ctx.db, groupId, date);
      else setCentreDay(ctx.db, groupId, date);
    }
    auditCall(ctx, 'rhythm.setDays', `group:${groupId}`, { days });
    return { companyDays: companyDays(ctx.db, groupId, group.start, group.end).length };
  },

  ...schoolHolidaysHandlers,
};
