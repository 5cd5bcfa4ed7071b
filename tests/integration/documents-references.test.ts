import { afterEach, describe, expect, it } from 'vitest';
import { describeUses } from '../../shared/i18n/fr/references';
import { issue, reportCardsOf } from './documents-helpers';
import { call, documentsWorld, refused, type DocumentsWorld } from './documents-setup';

let w: DocumentsWorld;
afterEach(() => w?.b.close());

/** Leaves only the archive pointing to the closed period and its learners: marks, attendance, appreciations go. */
function forgetEverythingButTheArchive() {
  w.b.db.exec(`
    DELETE FROM evaluations;
    DELETE FROM appreciations;
    DELETE FROM attendance_lines;
  `);
}

describe('what an issued document keeps from being deleted', () => {
  it('names the archive in French when a learner it concerns is deleted', async () => {
    w = await documentsWorld();
    await issue(w, reportCardsOf(w, { learnerIds: [w.learners[2]] }));
    forgetEverythingButTheArchive();
    const error = await refused(w, () => call(w, 'learners.delete', { id: w.learners[2] }), 'CONFLICT');
    expect(error.message).toContain('Noé Fabre ne peut pas être supprimé(e)');
    expect(error.message).toContain('(1 document délivré (archive))');
    // A learner the archive does not name goes.
    const gone = await call(w, 'learners.delete', { id: w.learners[3] });
    expect(gone.ok).toBe(true);
  });

  it('names the archive when the periods of the cohort are cut again', async () => {
    w = await documentsWorld();
    await issue(w, reportCardsOf(w));
    await issue(w, reportCardsOf(w));
    forgetEverythingButTheArchive();
    const error = await refused(
      w,
      () => call(w, 'periods.generate', { cohortId: w.cohortId, kind: 'trimester' }),
      'CONFLICT',
    );
    expect(error.message).toContain('2 documents délivrés (archive)');
  });

  it('says "document délivré" in the singular and the plural', () => {
    expect(describeUses([{ table: 'issued_documents', count: 1 }])).toBe('1 document délivré (archive)');
    expect(describeUses([{ table: 'issued_document_learners', count: 3 }])).toBe(
      '3 documents délivrés (archive)',
    );
  });
});
