import type { HandlersOf } from '../../handlers';
import { AppError } from '../../errors';

/** PLACEHOLDER — the centre-identity work replaces this file. */
const later = () => {
  throw new AppError('UNAVAILABLE', 'Pas encore construit.');
};

export const centreHandlers: HandlersOf<
  'centre.get' | 'centre.update' | 'centre.setImage' | 'centre.removeImage' | 'centre.image'
> = {
  'centre.get': later,
  'centre.update': later,
  'centre.setImage': later,
  'centre.removeImage': later,
  'centre.image': later,
};
