import { useEffect, useState } from 'react';
import type { Room } from '../../../shared/api/rooms';
import type { Trainer } from '../../../shared/api/trainers';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { call } from '../../api';
import { personName } from './display';

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
