import { SLOTS, WEEKDAYS, type SubjectChoice, type Trainer } from '../../../shared/api/trainers';
import { slotLabelsFr, trainersFr, weekdayShortFr } from '../../../shared/i18n/fr/trainers';

export const fullName = (t: { firstName: string; surname: string }) => `${t.firstName} ${t.surname}`;

/** Subjects as a comma list; grouped by programme ("BTS NDRC : Anglais ; BTS NRC : Droit") when several. */
export function subjectsSummary(subjects: readonly SubjectChoice[]): string {
  const groups = new Map<number, { title: string; names: string[] }>();
  for (const s of subjects) {
    const group = groups.get(s.programmeId) ?? { title: s.programmeTitle, names: [] };
    group.names.push(s.name);
    groups.set(s.programmeId, group);
  }
  if (groups.size <= 1) return subjects.map((s) => s.name).join(', ');
  return [...groups.values()].map((g) => `${g.title} : ${g.names.join(', ')}`).join(' ; ');
}

/** "lun : matin, après-midi · sam : soir" — the week in one line, for a tooltip. */
export function availabilitySummary(availability: Trainer['availability']): string {
  if (availability.length === 0) return trainersFr.availabilityNone;
  return WEEKDAYS.flatMap((day) => {
    const slots = SLOTS.filter((slot) => availability.some((a) => a.weekday === day && a.slot === slot));
    return slots.length
      ? [`${weekdayShortFr[day]} : ${slots.map((s) => slotLabelsFr[s].toLowerCase()).join(', ')}`]
      : [];
  }).join(' · ');
}
