import { useEffect, useState } from 'react';
import type { Availability } from '../../../shared/api/availability';
import type { Input } from '../../../shared/api/index';
import type { Room } from '../../../shared/api/rooms';
import type { Trainer } from '../../../shared/api/trainers';
import { isValidIsoDate, weekday } from '../../../shared/domain/calendar';
import { availabilityFr as a } from '../../../shared/i18n/fr/availability';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { call } from '../../api';
import { personName, type Slot } from './display';

export interface Choice {
  id: number;
  label: string;
}

/** A programme's subjects change rarely: read once per screen visit and kept. */
const subjectsCache = new Map<number, Choice[]>();

/** The subjects a group is taught: those of its cohort's programme, in programme order. */
export function useProgrammeSubjects(programmeId: number | null): {
  subjects: Choice[] | null;
  error: string | null;
} {
  // Bumped when a programme arrives in the cache, so the component reads it again.
  const [, setArrived] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (programmeId === null || subjectsCache.has(programmeId)) return;
    let current = true;
    void call('programmes.get', { id: programmeId }).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error.message);
      subjectsCache.set(
        programmeId,
        result.value.subjects.map((s) => ({ id: s.id, label: s.name })),
      );
      setArrived((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [programmeId]);
  const subjects = programmeId === null ? [] : (subjectsCache.get(programmeId) ?? null);
  return { subjects, error };
}

export interface TrainerChoice extends Choice {
  qualified: boolean;
}

/** Every trainer, those who teach the subject first (marked), then the others, by name. */
export function trainerChoices(trainers: Trainer[], subjectId: number | null): TrainerChoice[] {
  const choices = trainers.map((p) => {
    const qualified = subjectId !== null && p.subjects.some((s) => s.id === subjectId);
    return { id: p.id, label: qualified ? `${personName(p)} — ${t.qualified}` : personName(p), qualified };
  });
  return [...choices.filter((c) => c.qualified), ...choices.filter((c) => !c.qualified)];
}

export function roomChoices(rooms: Room[]): Choice[] {
  return rooms.map((r) => ({ id: r.id, label: t.roomOption(r.name, r.capacity) }));
}

/** The half-day a session dialog asks about; `excludeSessionId` is the session being edited. */
export interface AvailabilityRequest {
  groupId: number;
  date: string;
  slot: Slot;
  subjectId: number | null;
  excludeSessionId?: number;
}

/**
 * Who is free on the dialog's half-day, asked again whenever the date, slot or subject changes:
 * one call per change, and an answer for a half-day the dialog has left is never shown (null
 * until the current one arrives, so a stale "libre" cannot mislead). A failed call leaves the
 * plain lists: the save checks everything anyway.
 */
export function useAvailability(request: AvailabilityRequest | null): Availability | null {
  const valid = request !== null && isValidIsoDate(request.date);
  const key = valid
    ? JSON.stringify({
        date: request.date,
        slot: request.slot,
        groupId: request.groupId,
        ...(request.subjectId === null ? {} : { subjectId: request.subjectId }),
        ...(request.excludeSessionId === undefined ? {} : { excludeSessionId: request.excludeSessionId }),
      })
    : null;
  const [answer, setAnswer] = useState<{ key: string; value: Availability } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    void call('planning.availability', JSON.parse(key) as Input<'planning.availability'>).then((result) => {
      if (current && result.ok) setAnswer({ key, value: result.value });
    });
    return () => {
      current = false;
    };
  }, [key]);
  return answer !== null && answer.key === key ? answer.value : null;
}

/** A note under an option: what makes it a poor or an impossible choice, or a good one. */
export interface OptionNote {
  text: string;
  tone: 'error' | 'warning' | 'success' | 'neutral';
}

export interface SlotChoice extends Choice {
  /** Refused on save (busy, room too small): shown, explained, not selectable. */
  blocked: boolean;
  notes: OptionNote[];
  /** The sentence under the field once this option is chosen, if anything is wrong with it. */
  chosenNote: OptionNote | null;
}

export interface SlotTrainerChoice extends SlotChoice {
  qualified: boolean;
}

const byName = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'fr');

/**
 * Trainers for the dialog: free and qualified first, then free, then busy (blocked); each with
 * why. Until the half-day's answer arrives, the references' list with who teaches the subject.
 */
export function slotTrainerChoices(
  trainers: Trainer[],
  subjectId: number | null,
  availability: Availability | null,
): SlotTrainerChoice[] {
  const rows = availability
    ? availability.trainers
    : trainers.map((p) => ({
        id: p.id,
        name: personName(p),
        busy: null,
        unavailable: false,
        qualified: subjectId !== null && p.subjects.some((s) => s.id === subjectId),
      }));
  const day = availability ? weekday(availability.date) : 1;
  const choices = rows.map((p): SlotTrainerChoice => {
    const notes: OptionNote[] = [];
    let chosenNote: OptionNote | null = null;
    if (p.busy !== null) {
      notes.push({ text: a.trainerBusy(p.busy), tone: 'error' });
      chosenNote = { text: a.chosenTrainerBusy(p.busy), tone: 'error' };
    }
    if (availability && p.unavailable) {
      notes.push({ text: a.unavailable(day, availability.slot), tone: 'warning' });
      chosenNote ??= { text: a.chosenUnavailable(day, availability.slot), tone: 'warning' };
    }
    if (subjectId !== null) {
      notes.push(
        p.qualified ? { text: a.qualified, tone: 'success' } : { text: a.notQualified, tone: 'neutral' },
      );
      if (!p.qualified) chosenNote ??= { text: a.chosenNotQualified, tone: 'warning' };
    }
    return { id: p.id, label: p.name, qualified: p.qualified, blocked: p.busy !== null, notes, chosenNote };
  });
  const rank = (c: SlotTrainerChoice) =>
    (c.blocked ? 4 : 0) + (c.qualified ? 0 : 2) + (c.notes.some((n) => n.tone === 'warning') ? 1 : 0);
  return choices.sort((x, y) => rank(x) - rank(y) || byName(x, y));
}

/** Rooms for the dialog: those free and big enough first, then the others (blocked), each with why. */
export function slotRoomChoices(rooms: Room[], availability: Availability | null): SlotChoice[] {
  const rows = availability ? availability.rooms : rooms.map((r) => ({ ...r, busy: null, tooSmall: false }));
  const size = availability?.groupSize ?? 0;
  const choices = rows.map((r): SlotChoice => {
    const notes: OptionNote[] = [];
    if (r.busy !== null) notes.push({ text: a.roomBusy(r.busy), tone: 'error' });
    if (r.tooSmall) notes.push({ text: a.tooSmall(r.capacity, size), tone: 'error' });
    const chosenNote: OptionNote | null =
      r.busy !== null
        ? { text: a.chosenRoomBusy(r.busy), tone: 'error' }
        : r.tooSmall
          ? { text: a.chosenTooSmall(r.capacity, size), tone: 'error' }
          : null;
    return {
      id: r.id,
      label: t.roomOption(r.name, r.capacity),
      blocked: r.busy !== null || r.tooSmall,
      notes,
      chosenNote,
    };
  });
  return choices.sort((x, y) => Number(x.blocked) - Number(y.blocked) || byName(x, y));
}
