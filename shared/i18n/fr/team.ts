import { formatDateLong } from '../../format/fr';

/** Team mode (sharing on the local network): the screen, the refusals, the host's console. */
export const teamFr = {
  title: 'Partager sur le réseau',
  intro:
    'Ouvrez Carnet aux postes de l’équipe sur le réseau local du centre, en HTTPS : chaque collègue se connecte avec son propre compte.',
  // States
  sharedDesktop: 'Carnet est partagé sur le réseau local.',
  notSharedDesktop: 'Carnet n’est pas partagé : il n’est accessible que sur ce poste.',
  sharedServe: 'Ce serveur Carnet (npm run serve) est ouvert au réseau local en HTTPS.',
  notSharedServe:
    'Ce serveur Carnet (npm run serve) n’écoute que sur ce poste (127.0.0.1). Pour l’ouvrir au réseau local, relancez-le avec « --host 0.0.0.0 » : il servira alors en HTTPS.',
  serveFixed: 'En mode serveur, le partage se règle au lancement (options --host et --port).',
  noneAvailable:
    'Le partage sur le réseau n’est disponible que dans l’application de bureau et en mode serveur.',
  // Controls
  port: 'Port',
  portHelp: 'De 1024 à 65535 ; 5180 par défaut. Le pare-feu du poste doit l’autoriser.',
  start: 'Démarrer le partage',
  stop: 'Arrêter le partage',
  confirmStop:
    'Arrêter le partage ? Les collègues connectés depuis leur poste ne pourront plus enregistrer ; ce qu’ils ont déjà enregistré est conservé.',
  // What colleagues need
  addresses: 'Adresses à donner aux collègues',
  noAddress:
    'Aucune adresse réseau n’a été trouvée sur ce poste : vérifiez qu’il est relié au réseau du centre.',
  fingerprint: 'Empreinte SHA-256 du certificat',
  expires: (iso: string) => `Certificat valable jusqu’au ${formatDateLong(iso.slice(0, 10))}.`,
  howTo: [
    'Sur le poste du collègue, ouvrez l’une des adresses ci-dessus dans le navigateur.',
    'Le navigateur prévient que le certificat est auto-signé : affichez le certificat et comparez son empreinte SHA-256 à celle ci-dessus, caractère par caractère.',
    'Seulement si elles sont identiques, acceptez le certificat et connectez-vous avec votre compte. Si elles diffèrent, n’allez pas plus loin et prévenez l’administrateur.',
  ],
  // Refusals
  notAvailable:
    'Le partage sur le réseau ne peut être commandé que depuis l’application de bureau de Carnet.',
  portInUse: (port: number) =>
    `Le port ${port} est déjà utilisé sur ce poste : arrêtez l’autre programme ou choisissez un autre port.`,
  cannotListen: (port: number, reason: string) =>
    `Carnet ne peut pas écouter sur le port ${port} (${reason}). Vérifiez le pare-feu, ou choisissez un autre port.`,
  plainHttpRefused: (host: string) =>
    `Carnet refuse de servir en HTTP non chiffré sur « ${host} » : seul 127.0.0.1 (ce poste) le permet. Sur le réseau local, Carnet sert en HTTPS.`,
  certificateFailed: (reason: string) =>
    `Le certificat du partage n’a pas pu être créé ou lu (${reason}) : vérifiez les droits sur le dossier des données.`,
  // Host console (serve mode and desktop)
  consoleShared: (host: string, port: number) =>
    `Attention : Carnet est ouvert au réseau local (${host}:${port}), en HTTPS avec un certificat auto-signé.`,
  consoleFingerprint: (fingerprint: string) => `Empreinte SHA-256 du certificat : ${fingerprint}`,
  consoleCheck:
    'Vos collègues comparent cette empreinte à celle que leur navigateur affiche avant d’accepter le certificat.',
  consoleNewCertificate: (file: string) => `Nouveau certificat créé : ${file}`,
  consoleAddresses: (addresses: string[]) => `Adresses pour les postes de l’équipe : ${addresses.join(', ')}`,
  consoleReady: (url: string, dataDir: string) => `Carnet est prêt : ${url}  (données : ${dataDir})`,
  consolePortInUse: (port: number) =>
    `Le port ${port} est déjà utilisé : arrêtez l’autre programme ou choisissez --port.`,
  consoleCannotListen: (host: string, port: number, reason: string) =>
    `Carnet ne peut pas écouter sur ${host}:${port} (${reason}).`,
  consoleCannotStart: (message: string) => `Carnet ne peut pas démarrer.\n${message}`,
  consoleStopped: 'Partage sur le réseau arrêté.',
} as const;
