import { describe, expect, it } from 'vitest';
import { check, kinds, plain, withOther } from './planning-fixtures';

describe('checkSession — all clear', () => {
  it('accepts a session with nothing in its way, without warnings', () => {
    expect(check()).toEqual({ errors: [], warnings: [] });
  });
  it('accepts sessions of other groups, trainers and rooms in the same slot', () => {
    expect(withOther({}).errors).toEqual([]);
  });
});

describe('checkSession — errors', () => {
  it('refuses a trainer already booked, naming the group, the long date, the slot and the room', () => {
    const { errors } = withOther({ trainerId: 7, trainerName: 'Claire Dupont' });
    expect(kinds(errors)).toEqual(['trainer-busy']);
    expect(plain(errors)).toEqual([
      'Claire Dupont anime déjà NDRC1-B le mardi 4 mars 2025 matin (salle 12).',
    ]);
  });
  it('says where the trainer is when the other session has no room, or is online or in company', () => {
    expect(plain(withOther({ trainerId: 7, roomId: null, roomName: null }).errors)).toEqual([
      'Claire Dupont anime déjà NDRC1-B le mardi 4 mars 2025 matin.',
    ]);
    expect(plain(withOther({ trainerId: 7, modality: 'distance' }).errors)[0]).toMatch(
      /matin \(à distance\)\.$/,
    );
    expect(plain(withOther({ trainerId: 7, modality: 'work' }).errors)[0]).toMatch(/\(en entreprise\)\.$/);
  });
  it('names the afternoon and the evening in the sentence', () => {
    expect(plain(withOther({ trainerId: 7 }, { slot: 'afternoon' }).errors)[0]).toContain('2025 après-midi');
    expect(plain(withOther({ trainerId: 7 }, { slot: 'evening' }).errors)[0]).toContain('2025 soir');
  });
  it('never treats two sessions without a trainer as a trainer conflict', () => {
    expect(
      withOther({ trainerId: null, trainerName: null }, { trainerId: null, trainerName: null }).errors,
    ).toEqual([]);
  });
  it('refuses a room already booked, naming the other group and its trainer', () => {
    const { errors } = withOther({ roomId: 15, roomName: '15' });
    expect(kinds(errors)).toEqual(['room-busy']);
    expect(plain(errors)).toEqual([
      'La salle 15 est déjà occupée par NDRC1-B avec Marc Petit le mardi 4 mars 2025 matin.',
    ]);
  });
  it('words a room named "Salle 15" once, and leaves out a missing trainer', () => {
    const { errors } = withOther(
      { roomId: 15, trainerId: null, trainerName: null },
      { roomName: 'Salle 15' },
    );
    expect(plain(errors)).toEqual(['La salle 15 est déjà occupée par NDRC1-B le mardi 4 mars 2025 matin.']);
  });
  it('does not count a room recorded on an online or company session as occupied', () => {
    expect(withOther({ roomId: 15, modality: 'distance' }).errors).toEqual([]);
    expect(withOther({ roomId: 15, modality: 'work' }).errors).toEqual([]);
    expect(kinds(withOther({ roomId: 15, modality: 'onsite' }).errors)).toEqual(['room-busy']);
  });
  it('refuses a second session of the same group, naming its subject and trainer', () => {
    const { errors } = withOther({ groupId: 1, groupName: 'NDRC1-A' });
    expect(kinds(errors)).toEqual(['group-busy']);
    expect(plain(errors)).toEqual([
      'NDRC1-A a déjà une séance le mardi 4 mars 2025 matin : Droit avec Marc Petit.',
    ]);
    const noTrainer = withOther({ groupId: 1, trainerId: null, trainerName: null });
    expect(plain(noTrainer.errors)[0]).toMatch(/: Droit \(sans formateur\)\.$/);
  });
  it('refuses a company day for on-site and online sessions, and allows FEST there', () => {
    expect(plain(check({}, { companyDay: true }).errors)).toEqual([
      'NDRC1-A est en entreprise le mardi 4 mars 2025 : planifiez la séance un jour en centre, ' +
        'ou en situation de travail (FEST).',
    ]);
    expect(kinds(check({ modality: 'distance' }, { companyDay: true }).errors)).toEqual(['company-period']);
    expect(check({ modality: 'work' }, { companyDay: true }).errors).toEqual([]);
  });
  it('refuses a public holiday by its name, whatever the modality', () => {
    for (const modality of ['onsite', 'distance', 'work'] as const) {
      const { errors } = check({ modality, date: '2025-04-21' }, { publicHoliday: 'Lundi de Pâques' });
      expect(plain(errors)).toEqual([
        'Le lundi 21 avril 2025 est un jour férié (Lundi de Pâques) : choisissez un autre jour.',
      ]);
    }
  });
  it('refuses a room smaller than the group, naming both numbers; a room just big enough is fine', () => {
    const { errors } = check({}, { roomCapacity: 18 });
    expect(kinds(errors)).toEqual(['room-too-small']);
    expect(plain(errors)).toEqual([
      'La salle 15 n’a que 18 places pour les 20 apprenants de NDRC1-A : choisissez une salle plus grande.',
    ]);
    expect(check({}, { roomCapacity: 20 }).errors).toEqual([]);
    expect(check({ roomId: null, roomName: null }, { roomCapacity: null }).errors).toEqual([]);
  });
  it('refuses a group under 5 learners as incomplete — non planifiable', () => {
    expect(plain(check({}, { groupSize: 4 }).errors)).toEqual([
      'NDRC1-A est incomplet — non planifiable : 4 apprenants, il en faut au moins 5.',
    ]);
    expect(plain(check({}, { groupSize: 1 }).errors)[0]).toContain(': 1 apprenant,');
    expect(kinds(check({}, { groupSize: 0 }).errors)).toEqual(['group-incomplete']);
    expect(check({}, { groupSize: 5 }).errors).toEqual([]);
  });
  it('skips every room check for an online session (FOAD)', () => {
    const online = withOther({ roomId: 15 }, { modality: 'distance' });
    expect(online.errors).toEqual([]);
    expect(check({ modality: 'distance' }, { roomCapacity: 3 }).errors).toEqual([]);
  });
  it('skips every room check for a session in work situation (FEST)', () => {
    expect(withOther({ roomId: 15 }, { modality: 'work' }).errors).toEqual([]);
    expect(check({ modality: 'work' }, { roomCapacity: 3, companyDay: true }).errors).toEqual([]);
  });
  it('still refuses a busy trainer or group for online and FEST sessions', () => {
    expect(kinds(withOther({ trainerId: 7 }, { modality: 'distance' }).errors)).toEqual(['trainer-busy']);
    expect(kinds(withOther({ groupId: 1 }, { modality: 'work' }).errors)).toEqual(['group-busy']);
  });
});
