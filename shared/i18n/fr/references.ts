/**
 * What still points to a record a person wants to delete, said in words: "2 séances, 1 note".
 * Tables the later issues add get their noun here; an unknown table is named as it is.
 */
const NOUNS: Record<string, readonly [string, string]> = {
  planned_sessions: ['séance planifiée', 'séances planifiées'],
  attendance_lines: ['ligne d’émargement', 'lignes d’émargement'],
  attendance_sheets: ['feuille d’émargement', 'feuilles d’émargement'],
  evaluations: ['évaluation', 'évaluations'],
  marks: ['note', 'notes'],
  mark_history: ['modification de note', 'modifications de notes'],
  periods: ['période', 'périodes'],
  period_reopenings: ['réouverture de période', 'réouvertures de période'],
  teaching_assignments: ['affectation de formateur', 'affectations de formateurs'],
  cohort_subject_coefficients: ['coefficient de promotion', 'coefficients de promotion'],
  appreciations: ['appréciation', 'appréciations'],
  group_memberships: ['passage dans un groupe', 'passages dans un groupe'],
  learners: ['apprenant', 'apprenants'],
  groups: ['groupe', 'groupes'],
  cohorts: ['promotion', 'promotions'],
  // Issued documents are kept as they were handed over: what they name stays (issue 7 §7).
  issued_documents: ['document délivré (archive)', 'documents délivrés (archive)'],
  issued_document_learners: ['document délivré (archive)', 'documents délivrés (archive)'],
};

export function describeUses(uses: readonly { table: string; count: number }[]): string {
  return uses
    .map(({ table, count }) => {
      const noun = NOUNS[table];
      return noun
        ? `${count} ${count > 1 ? noun[1] : noun[0]}`
        : `${count} ligne${count > 1 ? 's' : ''} de « ${table} »`;
    })
    .join(', ');
}
