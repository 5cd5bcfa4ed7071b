export const dashboardFr = {
  greeting: (name: string) => `Bonjour, ${name}`,
  today: (date: string) => `Nous sommes le ${date}.`,
  shortcuts: 'Accès rapides',
  setupHint:
    'Carnet est prêt. Créez les comptes de l’équipe dans « Utilisateurs », puis les promotions, les apprenants, les formateurs et les salles avant de planifier.',
} as const;
