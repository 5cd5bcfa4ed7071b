/** Screens and refusals of the rooms area. */
export const roomsFr = {
  title: 'Salles',
  intro: 'Salles de formation, sites, capacités et équipements.',
  create: 'Nouvelle salle',
  createTitle: 'Nouvelle salle',
  editTitle: (name: string) => `Modifier la salle « ${name} »`,
  listLabel: 'Liste des salles',
  name: 'Nom',
  site: 'Site',
  capacity: 'Capacité',
  capacityHelp: 'Nombre de places, de 1 à 500.',
  places: (n: number) => `${n} place${n > 1 ? 's' : ''}`,
  equipment: 'Équipement',
  equipmentHelp: 'Vidéoprojecteur, postes informatiques, tableau blanc…',
  actions: 'Actions',
  edit: 'Modifier',
  delete: 'Supprimer',
  confirmDelete: (name: string) => `Supprimer la salle « ${name} » ?`,
  created: (name: string) => `Salle « ${name} » créée.`,
  updated: (name: string) => `Salle « ${name} » modifiée.`,
  deleted: (name: string) => `Salle « ${name} » supprimée.`,

  // Refusals of the backend.
  notFound: 'Cette salle n’existe pas (ou plus).',
  nameTaken: (name: string) => `Une salle s’appelle déjà « ${name} ». Choisissez un autre nom.`,
  inUse: (name: string, uses: string) =>
    `La salle « ${name} » ne peut pas être supprimée : elle est encore utilisée (${uses}). Retirez-la d’abord de ces enregistrements.`,
} as const;
