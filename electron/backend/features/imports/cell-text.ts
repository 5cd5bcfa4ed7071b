import type ExcelJS from 'exceljs';

/**
 * A cell of a workbook as the text a person reads on screen: dates as ISO "AAAA-MM-JJ", times as
 * "HH:MM", rich text and links as their text, formulas as their last computed result, numbers as
 * digits (zero-padded when the cell's format pads them, as for a SIRET or a postcode), booleans
 * as Excel shows them in French.
 */

type Shown = 'date' | 'time' | { pad: number } | 'number';

/** What a number format shows; exceljs only says "a date or a time", as a Date. */
export function shownAs(numFmt: string | undefined): Shown {
  const code = numFmt ?? '';
  if (/^0+$/.test(code)) return { pad: code.length };
  // Literal text, colours and locales say nothing of what is shown: drop them first (but keep
  // elapsed times such as "[h]:mm").
  const bare = code.replace(/"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]|[_*]./gi, '');
  if (/[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare))) return 'date';
  if (/[hs]/i.test(bare)) return 'time';
  return 'number';
}

/** exceljs gives dates as the UTC instant of the cell's serial: its UTC parts are what Excel shows. */
function dateText(date: Date, shown: Shown): string {
  if (Number.isNaN(date.getTime())) return '';
  if (shown !== 'time') return date.toISOString().slice(0, 10);
  const minutes =
    Math.round((date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds()) / 60) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function numberText(value: number, shown: Shown): string {
  // Excel shows 15 significant digits; beyond them a stored double only adds noise.
  const text = String(Number(value.toPrecision(15)));
  return typeof shown === 'object' && Number.isInteger(value) ? text.padStart(shown.pad, '0') : text;
}

export function valueText(value: ExcelJS.CellValue | undefined, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, shownAs(numFmt));
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (value instanceof Date) return dateText(value, shownAs(numFmt));
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result, numFmt);
  if ('error' in value) return value.error;
  return '';
}

/** A merged range shows its value once, in its top-left cell; exceljs repeats it in the others. */
export function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  return valueText(cell.value, cell.numFmt);
}
