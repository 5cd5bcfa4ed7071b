import { formatDateShort } from '../../format/fr';

/** Texts every printed document shares: running footer, producer. */
export const documentsFr = {
  page: (n: number, of: number) => `page ${n} / ${of}`,
  printedOn: (day: string) => `Édité le ${formatDateShort(day)} avec Carnet`,
  producer: 'Carnet',
};
