export const commonFr = {
  appName: 'Carnet',
  tagline: 'Planning, émargement, notes et documents de l’équipe pédagogique',
  cancel: 'Annuler',
  confirm: 'Confirmer',
  save: 'Enregistrer',
  close: 'Fermer',
  loading: 'Chargement…',
  comingSoon: 'À venir',
  comingSoonText: 'Cet espace arrive dans une prochaine version de Carnet.',
  signedInAs: 'Connecté en tant que',
  mainNavigation: 'Navigation principale',
  retry: 'Réessayer',
} as const;
