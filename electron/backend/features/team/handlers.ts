import { teamFr as t } from '../../../../shared/i18n/fr/team';
import { DEFAULT_TEAM_PORT, type TeamStatus } from '../../../../shared/api/team';
import { auditCall } from '../../audit';
import { AppError } from '../../errors';
import { staged, type HandlersOf } from '../../handlers';
import { noTeamStatus, teamControl, type TeamControl } from '../../team/control';

function control(): TeamControl {
  const installed = teamControl();
  if (!installed) throw new AppError('UNAVAILABLE', t.notAvailable);
  return installed;
}

/**
 * Starting and stopping a server is asynchronous and touches no table: it happens in the
 * `before` stage, and only a change that happened is written to the audit log, in `run`.
 */
export const teamHandlers: HandlersOf<'team.status' | 'team.start' | 'team.stop'> = {
  'team.status': () => teamControl()?.status() ?? noTeamStatus(),

  'team.start': staged<'team.start', TeamStatus>({
    before: ({ port }) => control().start(port ?? DEFAULT_TEAM_PORT),
    run: (_input, ctx, status) => {
      auditCall(ctx, 'team.start', 'team', { port: status.port, fingerprint: status.fingerprint });
      return status;
    },
  }),

  'team.stop': staged<'team.stop', TeamStatus>({
    before: () => control().stop(),
    run: (_input, ctx, status) => {
      auditCall(ctx, 'team.stop', 'team');
      return status;
    },
  }),
};
