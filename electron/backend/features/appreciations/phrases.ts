import { appreciationsFr as t } from '../../../../shared/i18n/fr/appreciations';
import { requireUser } from '../../context';
import { AppError, conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { readSettings } from '../settings/repository';
import { appreciationLength } from '../../../../shared/api/appreciations';
import { deletePhrase, insertPhrase, listPhrases, phraseExists } from './phrases-repository';

/** The phrase bank: each user sees, adds and removes only their own phrases. */
export const phrasesHandlers: HandlersOf<'phrases.list' | 'phrases.add' | 'phrases.delete'> = {
  'phrases.list': (_input, ctx) => listPhrases(ctx.db, requireUser(ctx).id),

  'phrases.add': (input, ctx) => {
    const user = requireUser(ctx);
    // A phrase longer than an appreciation could never be inserted whole.
    const max = readSettings(ctx.db).marks.appreciationMaxLength;
    const length = appreciationLength(input.text);
    if (length > max) {
      const message = t.phraseTooLong(length, max);
      throw new AppError('INVALID_INPUT', message, { text: message });
    }
    if (phraseExists(ctx.db, user.id, input.text)) throw conflict(t.phraseExists, { text: t.phraseExists });
    return insertPhrase(ctx.db, user.id, input.text, ctx.now.toISOString());
  },

  'phrases.delete': (input, ctx) => {
    if (!deletePhrase(ctx.db, requireUser(ctx).id, input.id)) throw notFound(t.phraseNotFound);
    return {};
  },
};
