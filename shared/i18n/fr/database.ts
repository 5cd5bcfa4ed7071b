/** Messages shown when the database file cannot be opened; each says what to do next. */
export const databaseFr = {
  notADatabase: (file: string) =>
    `Le fichier « ${file} » n’est pas une base Carnet lisible (fichier endommagé ou d’un autre type). ` +
    'Il n’a pas été modifié. Restaurez une sauvegarde (dossier « sauvegardes » à côté de ce fichier) ' +
    'ou lancez Carnet avec un autre dossier de données.',
  tooNew: (file: string, found: number, supported: number) =>
    `La base « ${file} » a été créée par une version plus récente de Carnet (schéma ${found}, ` +
    `cette version connaît le schéma ${supported}). Elle n’a pas été modifiée. Installez la dernière version de Carnet.`,
  cannotOpen: (file: string, reason: string) =>
    `Impossible d’ouvrir la base « ${file} » : ${reason}. Vérifiez les droits sur le dossier de données.`,
  backupFailed: (file: string, folder: string, reason: string) =>
    `La base « ${file} » doit être mise à jour, mais la copie de sauvegarde qui précède la mise à jour n’a pas pu ` +
    `être écrite dans « ${folder} » (${reason}). La base n’a pas été modifiée. Libérez de la place ou vérifiez les droits, puis relancez Carnet.`,
  migrationFailed: (file: string, version: number, reason: string) =>
    `La mise à jour de la base « ${file} » vers le schéma ${version} a échoué (${reason}). ` +
    'La base est restée dans son état précédent ; une copie de sauvegarde a été écrite avant la mise à jour.',
} as const;
