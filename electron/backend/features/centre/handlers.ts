import type { HandlersOf } from '../../handlers';
import { acceptImage, imageDownload, removeImage, setImage } from './images';
import { centreView, updateCentre } from './identity';

/** The centre's identity (Paramètres › Identité du centre), printed by every document. */
export const centreHandlers: HandlersOf<
  'centre.get' | 'centre.update' | 'centre.setImage' | 'centre.removeImage' | 'centre.image'
> = {
  'centre.get': (_input, { db }) => centreView(db),

  'centre.update': (input, ctx) => updateCentre(ctx, input),

  'centre.setImage': ({ kind, file }, ctx) => {
    setImage(ctx, kind, acceptImage(file));
    return centreView(ctx.db);
  },

  'centre.removeImage': ({ kind }, ctx) => {
    removeImage(ctx, kind);
    return centreView(ctx.db);
  },

  'centre.image': ({ kind }, ctx) => imageDownload(ctx, kind),
};
