import { formatDayMonthYear } from '../../format/fr';

/** "2026-03-01" -> "1er mars 2026", "2026-03-12" -> "12 mars 2026": the date of "Fait à …, le …". */
export const formatSignedOn = (isoDate: string): string => formatDayMonthYear(isoDate);

/** The centre's identity (Paramètres › Identité du centre) and its refusals. */
export const centreFr = {
  siretFormat: 'Le SIRET compte 14 chiffres.',
  siretKey: 'Ce SIRET n’est pas valide (clé de contrôle).',
  ndaFormat: 'Le numéro de déclaration d’activité compte 11 chiffres.',
  imageType: 'Choisissez une image PNG ou JPEG.',
  imageTooLarge: 'L’image dépasse 2 Mo.',
  imageUnreadable: 'Cette image n’a pas pu être lue : enregistrez-la à nouveau en PNG ou en JPEG.',
  noImage: (kind: 'logo' | 'signature') =>
    kind === 'logo' ? 'Aucun logo n’est enregistré.' : 'Aucune signature n’est enregistrée.',
  fields: {
    name: 'Nom du centre',
    address: 'Adresse',
    postcode: 'Code postal',
    city: 'Ville',
    siret: 'SIRET',
    nda: 'Numéro de déclaration d’activité',
    phone: 'Téléphone',
    email: 'Courriel',
    signatoryName: 'Nom du signataire',
    signatoryTitle: 'Qualité du signataire',
    logo: 'Logo',
    signature: 'Signature',
  },
  /** What the printed header and signature block say. */
  print: {
    siret: (formatted: string) => `SIRET ${formatted}`,
    nda: (nda: string) => `NDA ${nda}`,
    phone: (phone: string) => `Tél. ${phone}`,
    madeAt: (city: string | null, isoDate: string) =>
      city ? `Fait à ${city}, le ${formatSignedOn(isoDate)}` : `Fait le ${formatSignedOn(isoDate)}`,
  },
  /** Paramètres › Identité du centre. */
  screen: {
    title: 'Identité du centre',
    intro:
      'Ce que les documents impriment en en-tête (nom, adresse, SIRET, déclaration d’activité, logo) et au bas des attestations (ville, signataire, signature).',
    missing: (labels: string[]) => `Manque encore pour les documents : ${labels.join(', ')}.`,
    complete: 'L’identité du centre est complète.',
    siretHelp: '14 chiffres, espaces permis.',
    ndaHelp: '11 chiffres, attribué par la DREETS.',
    cityHelp: 'La ville de « Fait à …, le … ».',
    addressHelp: 'Maj+Entrée pour aller à la ligne.',
    signatoryTitleHelp: 'Directrice, Responsable pédagogique…',
    save: 'Enregistrer l’identité',
    cancel: 'Annuler les modifications',
    saved: 'Identité du centre enregistrée.',
    images: 'Images',
    imageHelp: 'PNG ou JPEG, 2 Mo au plus.',
    choose: (kind: 'logo' | 'signature') => (kind === 'logo' ? 'Choisir un logo' : 'Choisir une signature'),
    replace: (kind: 'logo' | 'signature') =>
      kind === 'logo' ? 'Remplacer le logo' : 'Remplacer la signature',
    remove: (kind: 'logo' | 'signature') => (kind === 'logo' ? 'Retirer le logo' : 'Retirer la signature'),
    none: (kind: 'logo' | 'signature') => (kind === 'logo' ? 'Aucun logo' : 'Aucune signature'),
    imageSaved: (kind: 'logo' | 'signature') =>
      kind === 'logo' ? 'Logo enregistré.' : 'Signature enregistrée.',
    imageRemoved: (kind: 'logo' | 'signature') => (kind === 'logo' ? 'Logo retiré.' : 'Signature retirée.'),
    preview: (kind: 'logo' | 'signature') => (kind === 'logo' ? 'Logo du centre' : 'Signature du signataire'),
    readOnly: 'Seuls l’administrateur et les responsables pédagogiques modifient l’identité du centre.',
  },
};

/** Paramètres › Documents: how documents are worded (settings.documents), administrators only. */
export const documentSettingsFr = {
  title: 'Documents',
  intro:
    'Comment les bulletins et les attestations de fin de formation présentent les résultats. S’applique aux prochains documents édités ; ceux déjà édités restent dans l’archive tels quels.',
  rows: 'Lignes du bulletin de notes',
  rowsOptions: {
    subjects: 'Une ligne par matière, dans l’ordre du référentiel',
    units: 'Une ligne par épreuve (U1, U2…), matières regroupées par coefficient',
  } as Record<'subjects' | 'units', string>,
  results: 'Résultat de l’évaluation des acquis sur l’attestation',
  resultsHelp:
    'Ce que l’attestation indique, dans cet ordre ; les flèches changent l’ordre. Aucune case cochée : l’attestation ne mentionne pas de résultat.',
  resultOptions: {
    decision: 'La décision (résultat de l’examen, sinon celui du simulateur, dit prévisionnel)',
    units: 'Les unités et blocs de compétences acquis',
    average: 'La moyenne générale sur la formation',
  } as Record<'decision' | 'units' | 'average', string>,
  moveUp: (label: string) => `Monter : ${label}`,
  moveDown: (label: string) => `Descendre : ${label}`,
  note: 'Mention imprimée sous le résultat',
  noteHelp: (length: number, max: number) =>
    `Facultative ; Maj+Entrée pour aller à la ligne. ${length} / ${max} caractères.`,
  save: 'Enregistrer',
  saved: 'Réglages des documents enregistrés.',
};
