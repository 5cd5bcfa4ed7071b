import { SLOTS } from '../../api/trainers';
import { slotLabelsFr, slotSettingsFr as t } from '../../i18n/fr/calendar';

/**
 * The slots of a day: the two half-days and the evening (masterclasses). The names are the
 * ones the trainers' availability already stores, so a session and an availability match.
 */
export type Slot = (typeof SLOTS)[number];
export { SLOTS };

/** "HH:MM", 24-hour clock. */
export interface SlotTimes {
  start: string;
  end: string;
}
export type SlotSettings = Record<Slot, SlotTimes>;

/** The centre's usual day (domain rules): 3 h 45 each half-day, masterclasses after 17:00. */
export const DEFAULT_SLOTS: SlotSettings = {
  morning: { start: '08:15', end: '12:00' },
  afternoon: { start: '13:00', end: '16:45' },
  evening: { start: '17:00', end: '19:00' },
};

export interface DaySlot extends SlotTimes {
  slot: Slot;
  label: string;
  hours: number;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

/** "08:15" → 495; throws on anything but "HH:MM" (validate settings first). */
export function timeToMinutes(time: string): number {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`Invalid time: ${JSON.stringify(time)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** A slot's length in hours: 3.75 for a default half-day. Hours, because the ledger counts hours. */
export function slotDurationHours(slot: Slot, settings: SlotSettings = DEFAULT_SLOTS): number {
  const { start, end } = settings[slot];
  return (timeToMinutes(end) - timeToMinutes(start)) / 60;
}

/** The day's slots in order, with their French label and length. */
export function daySlots(settings: SlotSettings = DEFAULT_SLOTS): DaySlot[] {
  return SLOTS.map((slot) => ({
    slot,
    label: slotLabelsFr[slot],
    ...settings[slot],
    hours: slotDurationHours(slot, settings),
  }));
}

/** "morning.start", "afternoon.end"…: where the form shows a message. */
export type SlotField = `${Slot}.${keyof SlotTimes}`;
export type SlotSettingsErrors = Partial<Record<SlotField, string>>;

/**
 * French messages per field; an empty object means the settings are usable. Each time must be
 * "HH:MM", each slot must end after it starts, and each slot must start once the previous one
 * has ended (they may touch: 12:00–12:00), because a learner cannot sign two sheets at once.
 */
export function validateSlotSettings(settings: SlotSettings): SlotSettingsErrors {
  const errors: SlotSettingsErrors = {};
  let previous: { slot: Slot; end: string } | null = null;
  for (const slot of SLOTS) {
    const { start, end } = settings[slot] ?? { start: undefined, end: undefined };
    const startOk = isValidTime(start);
    const endOk = isValidTime(end);
    if (!startOk) errors[`${slot}.start`] = t.invalidTime;
    if (!endOk) errors[`${slot}.end`] = t.invalidTime;
    if (startOk && endOk && timeToMinutes(end) <= timeToMinutes(start)) {
      errors[`${slot}.end`] = t.endBeforeStart(start);
    }
    if (startOk && previous && timeToMinutes(start) < timeToMinutes(previous.end)) {
      errors[`${slot}.start`] = t.overlaps(slotLabelsFr[slot], slotLabelsFr[previous.slot], previous.end);
    }
    // A slot whose end is unreadable cannot bound the next one; the one before it still does.
    if (endOk) previous = { slot, end };
  }
  return errors;
}

export function isValidSlotSettings(settings: SlotSettings): boolean {
  return Object.keys(validateSlotSettings(settings)).length === 0;
}
