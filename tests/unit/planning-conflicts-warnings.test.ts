import { describe, expect, it } from 'vitest';
import type { SlotSession } from '../../shared/domain/planning';
import { check, kinds, other, plain, withOther } from './planning-fixtures';

describe('checkSession — warnings', () => {
  it('warns about a school holiday by its name', () => {
    const { errors, warnings } = check({}, { schoolHoliday: 'Vacances d’hiver' });
    expect(errors).toEqual([]);
    expect(plain(warnings)).toEqual([
      'Le mardi 4 mars 2025 tombe pendant les vacances scolaires (Vacances d’hiver).',
    ]);
  });
  it('warns about a trainer not listed for the subject, even one with no subject listed', () => {
    const expected = [
      'Anglais ne figure pas parmi les matières de Claire Dupont : vérifiez sa fiche formateur.',
    ];
    expect(plain(check({}, { trainerSubjectIds: [11, 12] }).warnings)).toEqual(expected);
    expect(plain(check({}, { trainerSubjectIds: [] }).warnings)).toEqual(expected);
  });
  it('warns about a trainer outside their availability, not when none was declared', () => {
    expect(plain(check({}, { trainerAvailable: false }).warnings)).toEqual([
      'Claire Dupont n’a pas déclaré de disponibilité le mardi 4 mars 2025 matin : confirmez avec le formateur.',
    ]);
    expect(check({}, { trainerAvailable: null }).warnings).toEqual([]);
  });
  it('has no trainer warnings for a session without a trainer', () => {
    const c = { trainerId: null, trainerName: null };
    expect(check(c, { trainerSubjectIds: [], trainerAvailable: false }).warnings).toEqual([]);
  });
  it('warns when the subject goes past its target, saying by how much; reaching it exactly is fine', () => {
    expect(plain(check({}, { subjectPlannedHours: 102 }).warnings)).toEqual([
      'Anglais : 105 h 45 planifiées pour NDRC1-A, soit 0 h 45 de plus que les 105 h prévues.',
    ]);
    expect(check({}, { subjectPlannedHours: 101.25 }).warnings).toEqual([]);
    expect(kinds(check({}, { subjectPlannedHours: 120 }).warnings)).toEqual(['hours-over-target']);
  });
  it('adds up 3 h 45 slots to the minute, without floating-point noise', () => {
    const planned = Array.from({ length: 27 }, () => 3.75).reduce((a, b) => a + b, 0.1 + 0.2 - 0.3);
    expect(check({}, { subjectPlannedHours: planned, subjectTargetHours: 105 }).warnings).toEqual([]);
  });
  it('keeps the warnings of a session refused for a double booking', () => {
    const result = withOther({ trainerId: 7 }, { subjectId: 11 });
    expect(kinds(result.errors)).toEqual(['trainer-busy']);
    expect(kinds(result.warnings)).toEqual(['trainer-not-qualified']);
  });
});

describe('checkSession — combinations and edits', () => {
  it('lists every error in the order a planner fixes them, and still shows the warnings', () => {
    const busy: SlotSession = { ...other, groupId: 1, trainerId: 7, roomId: 15 };
    const result = check(
      {},
      {
        sameSlotSessions: [busy],
        publicHoliday: 'Fête du Travail',
        companyDay: true,
        groupSize: 4,
        roomCapacity: 3,
        schoolHoliday: 'Vacances de printemps',
        trainerSubjectIds: [],
        trainerAvailable: false,
        subjectPlannedHours: 104,
      },
    );
    expect(kinds(result.errors)).toEqual([
      'public-holiday',
      'company-period',
      'group-incomplete',
      'group-busy',
      'trainer-busy',
      'room-busy',
      'room-too-small',
    ]);
    expect(kinds(result.warnings)).toEqual([
      'school-holiday',
      'trainer-not-qualified',
      'trainer-unavailable',
      'hours-over-target',
    ]);
  });
  it('reports one conflict per other session involved', () => {
    const sessions = [
      { ...other, id: 1, trainerId: 7 },
      { ...other, id: 2, groupName: 'NDRC2-A', trainerId: 7, roomId: 16, roomName: '16' },
    ];
    expect(plain(check({}, { sameSlotSessions: sessions }).errors)).toEqual([
      'Claire Dupont anime déjà NDRC1-B le mardi 4 mars 2025 matin (salle 12).',
      'Claire Dupont anime déjà NDRC2-A le mardi 4 mars 2025 matin (salle 16).',
    ]);
  });
  it('never lets an edited session conflict with its stored self', () => {
    const self: SlotSession = { ...other, id: 5, groupId: 1, trainerId: 7, roomId: 15 };
    expect(check({ id: 5 }, { sameSlotSessions: [self] }).errors).toEqual([]);
    // A new session (no id) with the same ids is a real double booking.
    expect(check({}, { sameSlotSessions: [self] }).errors).toHaveLength(3);
  });
  it('still refuses an edit that collides with another session', () => {
    const self: SlotSession = { ...other, id: 5, groupId: 1, trainerId: 7, roomId: 15 };
    const result = check({ id: 5 }, { sameSlotSessions: [self, { ...other, id: 6, trainerId: 7 }] });
    expect(kinds(result.errors)).toEqual(['trainer-busy']);
  });
});
