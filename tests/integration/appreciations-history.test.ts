import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppreciationHistoryEntry, Phrase } from '../../shared/api/appreciations';
import { userWithRole } from '../helpers/backend';
import { marksWorld, trainerAccount, type MarksWorld } from './averages-setup';
import { call, refused, value } from './planning-setup';

let w: MarksWorld;
let lea: number;
let dupont: string;

beforeEach(async () => {
  w = await marksWorld();
  lea = w.g1Learners[0]!;
  dupont = await trainerAccount(w, w.dupont, 'claire.dupont', [
    { groupId: w.g1, subjectId: w.subjects.negotiation },
  ]);
});
afterEach(() => w.b.close());

const save = (subjectId: number | null, text: string, token = w.admin) =>
  value(w, 'appreciations.save', { learnerId: lea, periodId: w.s1, subjectId, text }, token);

describe('the history of a learner’s appreciations', () => {
  it('lists every change of the period, newest first, with its subject, author and source', async () => {
    await save(w.subjects.negotiation, 'Premier jet.', dupont);
    w.b.clock.now = new Date('2026-03-02T09:00:00Z');
    await save(w.subjects.negotiation, 'Version revue.', dupont);
    w.b.clock.now = new Date('2026-03-02T10:00:00Z');
    await save(null, 'Bon semestre.');
    await value(w, 'appreciations.save', {
      learnerId: lea,
      periodId: w.s2,
      subjectId: null,
      text: 'Autre période.',
    });

    const history = await value<AppreciationHistoryEntry[]>(w, 'appreciations.history', {
      learnerId: lea,
      periodId: w.s1,
    });
    expect(history.map((h) => [h.subjectName, h.oldText, h.newText, h.changedBy, h.source])).toEqual([
      [null, '', 'Bon semestre.', 'Anne Administratrice', 'screen'],
      ['Relation client et négociation-vente', 'Premier jet.', 'Version revue.', 'Compte trainer', 'screen'],
      ['Relation client et négociation-vente', '', 'Premier jet.', 'Compte trainer', 'screen'],
    ]);
    expect(history[0]!.changedAt).toBe('2026-03-02T10:00:00.000Z');
  });

  it('is read by advisers and by the group’s trainers, not by a trainer of another group', async () => {
    await save(w.subjects.negotiation, 'Texte.');
    const adviser = await userWithRole(w.b.app, w.admin, 'adviser');
    const input = { learnerId: lea, periodId: w.s1 };
    expect(await value<AppreciationHistoryEntry[]>(w, 'appreciations.history', input, adviser)).toHaveLength(
      1,
    );
    expect(await value<AppreciationHistoryEntry[]>(w, 'appreciations.history', input, dupont)).toHaveLength(
      1,
    );
    const leroy = await trainerAccount(w, w.leroy, 'marc.leroy', [
      { groupId: w.g2, subjectId: w.subjects.english },
    ]);
    const error = await refused(w, () => call(w, 'appreciations.history', input, leroy), 'FORBIDDEN');
    expect(error.message).toBe(
      'Vous n’enseignez aucune matière à Alex G1-01 : ses appréciations ne vous sont pas accessibles.',
    );
  });
});

describe('the phrase bank', () => {
  const phrases = (token: string) => value<Phrase[]>(w, 'phrases.list', {}, token);

  it('keeps each user’s own phrases, alphabetically', async () => {
    await value(w, 'phrases.add', { text: '  Travail sérieux et régulier.  ' }, dupont);
    await value(w, 'phrases.add', { text: 'Attention aux absences.' }, dupont);
    await value(w, 'phrases.add', { text: 'Phrase de l’administratrice.' });
    expect((await phrases(dupont)).map((p) => p.text)).toEqual([
      'Attention aux absences.',
      'Travail sérieux et régulier.',
    ]);
    expect((await phrases(w.admin)).map((p) => p.text)).toEqual(['Phrase de l’administratrice.']);
  });

  it('refuses a duplicate, an empty phrase and one longer than an appreciation', async () => {
    await value(w, 'phrases.add', { text: 'Bon travail.' }, dupont);
    const duplicate = await refused(w, () => call(w, 'phrases.add', { text: 'Bon travail.' }, dupont));
    expect(duplicate.message).toBe('Cette phrase est déjà dans vos phrases.');
    await refused(w, () => call(w, 'phrases.add', { text: '   ' }, dupont), 'INVALID_INPUT');
    const long = await refused(
      w,
      () => call(w, 'phrases.add', { text: 'x'.repeat(401) }, dupont),
      'INVALID_INPUT',
    );
    expect(long.message).toMatch(/401 caractères/);
  });

  it('deletes only the caller’s own phrases', async () => {
    const mine = await value<Phrase>(w, 'phrases.add', { text: 'À moi.' }, dupont);
    const error = await refused(w, () => call(w, 'phrases.delete', { id: mine.id }), 'NOT_FOUND');
    expect(error.message).toBe('Cette phrase n’est pas (ou plus) dans vos phrases.');
    expect(await value(w, 'phrases.delete', { id: mine.id }, dupont)).toEqual({});
    expect(await phrases(dupont)).toEqual([]);
  });

  it('is not open to advisers', async () => {
    const adviser = await userWithRole(w.b.app, w.admin, 'adviser');
    await refused(w, () => call(w, 'phrases.add', { text: 'Non.' }, adviser), 'FORBIDDEN');
  });
});
