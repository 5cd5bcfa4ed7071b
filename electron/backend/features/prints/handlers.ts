import type { HandlersOf } from '../../handlers';
import { AppError } from '../../errors';

/** PLACEHOLDER — the prints work replaces this file. */
const later = () => {
  throw new AppError('UNAVAILABLE', 'Pas encore construit.');
};

export const printsHandlers: HandlersOf<'prints.roster' | 'prints.trainers' | 'prints.attendanceWeek'> = {
  'prints.roster': later,
  'prints.trainers': later,
  'prints.attendanceWeek': later,
};
