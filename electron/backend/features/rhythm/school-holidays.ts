import { parseSchoolHolidaysIcs } from '../../../../shared/domain/calendar/school-holidays';
import { maxDate, minDate } from '../../../../shared/domain/calendar/dates';
import { schoolHolidaysFr } from '../../../../shared/i18n/fr/calendar';
import { rhythmRulesFr as t } from '../../../../shared/i18n/fr/rhythm';
import { auditCall } from '../../audit';
import { AppError } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { deleteSchoolHolidaysWithin, insertSchoolHolidays, listSchoolHolidays } from './repository';

/** Strict UTF-8: a file in another encoding would otherwise store garbled holiday names. */
function decodeText(base64: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64, 'base64'));
  } catch {
    throw new AppError('INVALID_INPUT', t.fileNotUtf8, { file: t.fileNotUtf8 });
  }
}

/** The zones an official calendar names in its title and descriptions ("… - Zone C"). */
function zonesNamed(text: string): Set<string> {
  return new Set([...text.matchAll(/\bzone\s+([ABC])\b/gi)].map((m) => m[1]!.toUpperCase()));
}

export const schoolHolidaysHandlers: HandlersOf<'schoolHolidays.list' | 'schoolHolidays.import'> = {
  'schoolHolidays.list': ({ zone }, { db }) => listSchoolHolidays(db, zone),

  'schoolHolidays.import': ({ zone, file }, ctx) => {
    const text = decodeText(file.contentBase64);
    const { periods, errors } = parseSchoolHolidaysIcs(text);
    if (periods.length === 0) {
      const message = errors[0] ?? schoolHolidaysFr.noPeriods;
      throw new AppError('INVALID_INPUT', message, { file: message });
    }
    // The ministry publishes one file per zone: importing zone A's file as zone C is a slip.
    const named = zonesNamed(text);
    if (named.size > 0 && !named.has(zone)) {
      const message = t.otherZone([...named].sort().join(', '), zone);
      throw new AppError('INVALID_INPUT', message, { zone: message });
    }
    const from = minDate(periods[0]!.start, ...periods.map((p) => p.start));
    const to = maxDate(periods[0]!.end, ...periods.map((p) => p.end));
    const replaced = deleteSchoolHolidaysWithin(ctx.db, zone, from, to);
    insertSchoolHolidays(ctx.db, zone, periods, file.fileName, ctx.now);
    auditCall(ctx, 'schoolHolidays.import', `zone:${zone}`, {
      fileName: file.fileName,
      imported: periods.length,
      replaced,
      from,
      to,
      ignored: errors,
    });
    return { imported: periods.length, replaced, from, to };
  },
};
