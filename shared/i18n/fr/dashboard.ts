export const dashboardFr = {
  greeting: (name: string) => `Bonjour, ${name}`,
  today: (date: string) => `Nous sommes le ${date}.`,
  shortcuts: 'Accès rapides',
  setupHint:
    'Carnet est prêt. Créez les comptes de l’équipe dans « Utilisateurs », puis les promotions, les apprenants, les formateurs et les salles avant de planifier.',
  atRiskTitle: 'Apprenants sous 10 de moyenne',
  noneAtRisk: 'Aucun apprenant sous 10 de moyenne générale sur la période en cours.',
  atRiskDetail: (group: string, period: string, average: string, provisional: boolean) =>
    `${group}, ${period} : ${average}${provisional ? ' (provisoire)' : ''}`,
} as const;
