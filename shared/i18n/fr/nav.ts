/** Sidebar entries, in the order the team works through them. */
export const navFr = {
  dashboard: 'Tableau de bord',
  programmes: 'Programmes',
  cohorts: 'Promotions & groupes',
  learners: 'Apprenants',
  trainers: 'Formateurs',
  rooms: 'Salles',
  planning: 'Planning',
  attendance: 'Émargement',
  marks: 'Notes',
  exams: 'Examens',
  documents: 'Documents',
  users: 'Utilisateurs',
  sharing: 'Partager sur le réseau',
  settings: 'Paramètres',
} as const;

export const pageIntrosFr = {
  dashboard: 'Ce qui demande votre attention aujourd’hui.',
  programmes: 'Référentiels : BTS NDRC, BTS NRC, matières, heures, épreuves et coefficients.',
  cohorts: 'Promotions, groupes de 5 à 30 apprenants, rythmes d’alternance.',
  learners: 'Apprenants, voies d’accès, employeurs et tuteurs.',
  trainers: 'Formateurs, matières enseignées et disponibilités.',
  rooms: 'Salles et capacités.',
  planning: 'Grille des demi-journées, conflits, suivi des heures.',
  attendance: 'Feuilles d’émargement par demi-journée, absences, heures réalisées.',
  marks: 'Évaluations, saisie des notes, moyennes et appréciations.',
  exams: 'Simulation de la décision du BTS à partir des unités et coefficients.',
  documents: 'Bulletins, attestations de fin de formation, certificats de réalisation.',
  users: 'Comptes de l’équipe, rôles, mots de passe.',
  sharing: 'Ouvrir Carnet aux postes de l’équipe sur le réseau local, en HTTPS.',
  settings: 'Votre compte, les réglages du centre.',
} as const;
