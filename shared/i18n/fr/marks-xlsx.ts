const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;

/** The mark sheet's XLSX round trip: what the workbook says, and why an import is refused. */
export const marksXlsxFr = {
  // ---------------------------------------------------------------- the workbook
  fileName: (cohort: string, group: string, period: string) => `Notes ${cohort} ${group} ${period}`,
  bookTitle: (cohort: string, group: string, period: string) => `Notes — ${cohort} — ${group} — ${period}`,
  sheetTitle: (group: string, period: string, subject: string) => `${subject} — ${group} — ${period}`,
  surname: 'Nom',
  firstName: 'Prénom',
  date: 'Date',
  coefficient: 'Coefficient',
  scale: 'Barème',
  scaleValue: (scale: string) => `/${scale}`,
  help:
    'Saisissez une note (12,5), ABS, ABJ, DISP ou NN ; videz une cellule pour effacer la note. ' +
    'Ne modifiez ni les lignes de titres ni les lignes ou colonnes masquées, puis réimportez le fichier dans Carnet.',

  // ---------------------------------------------------------------- refusals of the whole file
  nothingToExport: (group: string, period: string) =>
    `Aucune évaluation pour le groupe « ${group} » pendant la période « ${period} » : rien à exporter.`,
  notAnExport: (name: string) =>
    `Le classeur « ${name} » n’est pas un export de notes de Carnet : exportez d’abord les notes depuis Carnet, ` +
    'modifiez ce fichier, puis importez-le.',
  damagedExport: (name: string) =>
    `Les informations cachées du classeur « ${name} » ont été modifiées : exportez les notes de nouveau.`,
  tooManyCells: (max: number) =>
    `Le classeur compte plus de ${max} cellules de notes : exportez moins de matières.`,

  // ---------------------------------------------------------------- refusals of a cell
  evaluationGone: 'Cette évaluation a été supprimée de Carnet depuis l’export.',
  outsideExport:
    'Cette cellule ne faisait pas partie de l’export : ajoutez l’évaluation ou l’apprenant dans Carnet.',
  unknownRow: (line: number) =>
    `Ligne ${line} : l’apprenant n’est pas reconnu (identifiant caché absent). Ajoutez-le dans Carnet, puis exportez de nouveau.`,
  refused: (count: number, first: string) =>
    `${plural(count, 'valeur refusée', 'valeurs refusées')} : rien n’a été importé. ${first}`,
  refusedCell: (sheet: string, cell: string, reason: string) => `${sheet}, cellule ${cell} : ${reason}`,
};
