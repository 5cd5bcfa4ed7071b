import { formatDateShort } from '../../format/fr';

/** Texts every printed document shares (running footer, producer), and the batches' messages. */
export const documentsFr = {
  page: (n: number, of: number) => `page ${n} / ${of}`,
  printedOn: (day: string) => `Édité le ${formatDateShort(day)} avec Carnet`,
  producer: 'Carnet',

  // ---------------------------------------------------------------- batches (jobs)
  jobs: {
    notFound: 'Cette génération n’existe plus (elle a expiré ou a été lancée par un autre compte).',
    tooMany: (max: number) =>
      `Vous avez déjà ${max} générations en cours : attendez qu’une se termine ou annulez-en une.`,
    notFinished: 'Cette génération n’est pas encore terminée : attendez la fin de la barre de progression.',
    cancelled: 'Cette génération a été annulée : rien n’a été archivé. Relancez-la si besoin.',
    failed:
      'La génération des documents a échoué. Réessayez ; si le problème persiste, signalez-le à l’administrateur.',
    alreadyArchived: 'Ce lot est déjà archivé : il ne peut plus être annulé.',
    staleBatch:
      'Un apprenant, un groupe ou une période de ce lot a été supprimé pendant la génération : relancez-la.',
    /** The PDF's title inside a ZIP: the batch's, then whose document it is. */
    learnerTitle: (batch: string, learner: string) => `${batch} — ${learner}`,
  },

  // ---------------------------------------------------------------- archive
  archive: {
    notFound: 'Ce document n’existe pas dans l’archive. Rechargez la page.',
  },
};
