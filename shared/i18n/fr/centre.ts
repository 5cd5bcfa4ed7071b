/** The centre's identity (Paramètres › Identité du centre) and its refusals. */
export const centreFr = {
  siretFormat: 'Le SIRET compte 14 chiffres.',
  siretKey: 'Ce SIRET n’est pas valide (clé de contrôle).',
  ndaFormat: 'Le numéro de déclaration d’activité compte 11 chiffres.',
  imageType: 'Choisissez une image PNG ou JPEG.',
  imageTooLarge: 'L’image dépasse 2 Mo.',
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
};
