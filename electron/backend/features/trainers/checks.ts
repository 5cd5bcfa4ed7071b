import type { ParsedInput } from '../../../../shared/api/index';
import { slotLabelsFr, trainersFr, weekdayLabelsFr } from '../../../../shared/i18n/fr/trainers';
import type { HandlerContext } from '../../context';
import { AppError, conflict } from '../../errors';
import { existingSubjectIds, findLinkableAccount } from './repository';

type TrainerInput = ParsedInput<'trainers.create'>;

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });

/**
 * The rules a trainer's form must pass beyond its schema. `selfId` is the trainer being
 * changed (null on create): its own current account link is not a conflict, and keeping an
 * account that has since been disabled does not block editing the rest of the record.
 */
export function checkTrainerInput(
  ctx: HandlerContext,
  input: TrainerInput,
  selfId: number | null,
  currentUserId: number | null = null,
): void {
  const seen = new Set<string>();
  for (const { weekday, slot } of input.availability) {
    const key = `${weekday}:${slot}`;
    if (seen.has(key)) {
      throw invalid(
        'availability',
        trainersFr.duplicateAvailability(slotLabelsFr[slot], weekdayLabelsFr[weekday]!),
      );
    }
    seen.add(key);
  }

  const found = existingSubjectIds(ctx.db, input.subjectIds);
  const missing = [...new Set(input.subjectIds)].filter((id) => !found.has(id));
  if (missing.length > 0) throw invalid('subjectIds', trainersFr.unknownSubjects(missing));

  if (input.userId === null) return;
  const account = findLinkableAccount(ctx.db, input.userId);
  if (!account) throw invalid('userId', trainersFr.accountNotFound);
  if (account.trainerId !== null && account.trainerId !== selfId) {
    const message = trainersFr.accountTaken(account.login, account.trainerName ?? '');
    throw conflict(message, { userId: message });
  }
  if (input.userId === currentUserId) return;
  if (account.disabled) throw invalid('userId', trainersFr.accountDisabled(account.login));
  if (account.role !== 'trainer') throw invalid('userId', trainersFr.accountNotTrainer(account.login));
}
