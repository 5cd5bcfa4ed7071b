import { describe, expect, it } from 'vitest';
import { SLOTS as CONTRACT_SLOTS } from '../../shared/api/trainers';
import {
  daySlots,
  DEFAULT_SLOTS,
  isValidSlotSettings,
  isValidTime,
  slotDurationHours,
  SLOTS,
  timeToMinutes,
  validateSlotSettings,
  type SlotSettings,
} from '../../shared/domain/calendar';

const withSlot = (slot: keyof SlotSettings, start: string, end: string): SlotSettings => ({
  ...DEFAULT_SLOTS,
  [slot]: { start, end },
});

describe('the slots of a day', () => {
  it('are the centre’s usual hours by default', () => {
    expect(DEFAULT_SLOTS).toEqual({
      morning: { start: '08:15', end: '12:00' },
      afternoon: { start: '13:00', end: '16:45' },
      evening: { start: '17:00', end: '19:00' },
    });
    expect(SLOTS).toBe(CONTRACT_SLOTS); // one list of slot names, shared with the availabilities
  });

  it('last 3 h 45 each half-day and 2 h in the evening', () => {
    expect(slotDurationHours('morning')).toBe(3.75);
    expect(slotDurationHours('afternoon', DEFAULT_SLOTS)).toBe(3.75);
    expect(slotDurationHours('evening')).toBe(2);
    expect(slotDurationHours('morning', withSlot('morning', '08:30', '12:00'))).toBe(3.5);
  });

  it('come in order with their French labels', () => {
    expect(daySlots()).toEqual([
      { slot: 'morning', label: 'Matin', start: '08:15', end: '12:00', hours: 3.75 },
      { slot: 'afternoon', label: 'Après-midi', start: '13:00', end: '16:45', hours: 3.75 },
      { slot: 'evening', label: 'Soir', start: '17:00', end: '19:00', hours: 2 },
    ]);
  });

  it('read times as HH:MM on a 24-hour clock', () => {
    expect(timeToMinutes('08:15')).toBe(495);
    expect(timeToMinutes('00:00')).toBe(0);
    expect(timeToMinutes('23:59')).toBe(1439);
    for (const bad of ['8:15', '24:00', '12:60', '12h00', '12:00:00', '', ' 12:00']) {
      expect(isValidTime(bad), bad).toBe(false);
      expect(() => timeToMinutes(bad)).toThrow(RangeError);
    }
    expect(isValidTime(815)).toBe(false);
  });
});

describe('slot settings validation', () => {
  it('accepts the defaults and slots that touch', () => {
    expect(validateSlotSettings(DEFAULT_SLOTS)).toEqual({});
    expect(isValidSlotSettings(DEFAULT_SLOTS)).toBe(true);
    const touching: SlotSettings = {
      morning: { start: '08:00', end: '12:00' },
      afternoon: { start: '12:00', end: '17:00' },
      evening: { start: '17:00', end: '20:00' },
    };
    expect(validateSlotSettings(touching)).toEqual({});
  });

  it('asks for HH:MM in each field that is not', () => {
    const errors = validateSlotSettings(withSlot('morning', '8h15', ''));
    expect(errors).toEqual({
      'morning.start': 'Heure invalide : saisissez-la au format HH:MM, par exemple 08:15.',
      'morning.end': 'Heure invalide : saisissez-la au format HH:MM, par exemple 08:15.',
    });
    expect(isValidSlotSettings(withSlot('morning', '8h15', ''))).toBe(false);
  });

  it('refuses a slot that ends before or when it starts', () => {
    expect(validateSlotSettings(withSlot('afternoon', '13:00', '13:00'))).toEqual({
      'afternoon.end': 'L’heure de fin doit être après l’heure de début (13:00).',
    });
    expect(validateSlotSettings(withSlot('evening', '19:00', '17:00'))).toEqual({
      'evening.end': 'L’heure de fin doit être après l’heure de début (19:00).',
    });
  });

  it('refuses a slot that starts before the previous one ends', () => {
    expect(validateSlotSettings(withSlot('afternoon', '11:30', '16:45'))).toEqual({
      'afternoon.start':
        'Le créneau « Après-midi » doit commencer après la fin du créneau « Matin » (12:00).',
    });
    expect(validateSlotSettings(withSlot('evening', '16:00', '19:00'))).toEqual({
      'evening.start': 'Le créneau « Soir » doit commencer après la fin du créneau « Après-midi » (16:45).',
    });
    // Slots in the wrong order overlap too: the evening cannot come before the afternoon.
    expect(validateSlotSettings(withSlot('evening', '07:00', '08:00'))).toHaveProperty('evening.start');
  });

  it('checks the next slot against the last readable end', () => {
    const settings: SlotSettings = {
      morning: { start: '08:15', end: '12:00' },
      afternoon: { start: '13:00', end: '??' },
      evening: { start: '11:00', end: '19:00' },
    };
    expect(validateSlotSettings(settings)).toEqual({
      'afternoon.end': 'Heure invalide : saisissez-la au format HH:MM, par exemple 08:15.',
      'evening.start': 'Le créneau « Soir » doit commencer après la fin du créneau « Matin » (12:00).',
    });
  });

  it('reports a missing slot instead of throwing (settings read from a file or an old database)', () => {
    const partial = {
      morning: DEFAULT_SLOTS.morning,
      afternoon: DEFAULT_SLOTS.afternoon,
    } as unknown as SlotSettings;
    expect(Object.keys(validateSlotSettings(partial))).toEqual(['evening.start', 'evening.end']);
  });
});
