import { staged, type HandlersOf } from '../../handlers';
import { readWeekPrint, weekPdf } from './attendance-week';
import { readRosterPrint, rosterPdf } from './roster';
import { readTrainerListPrint, trainerListPdf } from './trainers';

/**
 * Working prints, for any signed-in user: read in the call's transaction, drawn after it
 * (pdfkit streams asynchronously). Not issued to anyone, so not archived.
 */
export const printsHandlers: HandlersOf<'prints.roster' | 'prints.trainers' | 'prints.attendanceWeek'> = {
  'prints.roster': staged({ run: (input, ctx) => readRosterPrint(ctx, input), after: rosterPdf }),

  'prints.trainers': staged({
    run: ({ cohortId }, ctx) => readTrainerListPrint(ctx, cohortId),
    after: trainerListPdf,
  }),

  'prints.attendanceWeek': staged({ run: (input, ctx) => readWeekPrint(ctx, input), after: weekPdf }),
};
