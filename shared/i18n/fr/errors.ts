/** Messages of the registry and transports: said to the person, never a stack trace. */
export const errorsFr = {
  unknownMethod: (name: string) => `L’opération « ${name} » n’existe pas dans cette version de Carnet.`,
  notAuthenticated: 'Vous devez vous connecter pour continuer.',
  sessionExpired: (hours: number) =>
    `Votre session a expiré après ${hours} h d’inactivité. Reconnectez-vous pour continuer.`,
  forbidden: 'Votre rôle ne permet pas cette opération. Adressez-vous à un administrateur si besoin.',
  mustChangePassword: 'Choisissez d’abord un nouveau mot de passe.',
  internal:
    'Une erreur inattendue est survenue ; rien n’a été enregistré. Réessayez, et si elle se reproduit, signalez-la à l’administrateur.',
  malformedJson: 'La requête est illisible (JSON mal formé) ; rien n’a été enregistré.',
  wrongContentType: 'La requête doit être envoyée au format JSON (application/json).',
  tooLarge: 'La requête dépasse la taille maximale de 5 Mo ; rien n’a été enregistré.',
  foreignHost:
    'Requête refusée : cette adresse ne désigne pas ce poste. Ouvrez Carnet par http://127.0.0.1 ou lancez-le avec --host pour le réseau local.',
  foreignOrigin: 'Requête refusée : elle ne vient pas de la page de Carnet.',
  unavailable: 'Le serveur Carnet ne répond pas. Vérifiez qu’il est lancé, puis réessayez.',
  notFoundPage: 'Cette adresse ne correspond à aucune page de Carnet.',
  loadingPage: 'Chargement de la page…',
} as const;
