export const dashboardFr = {
  greeting: (name: string) => `Bonjour, ${name}`,
  today: (date: string) => `Nous sommes le ${date}.`,
  shortcuts: 'Accès rapides',
  setupHint:
    'Carnet est prêt. Commencez par créer les comptes de l’équipe dans « Utilisateurs » ; les référentiels, promotions et plannings arrivent dans les prochaines versions.',
} as const;
