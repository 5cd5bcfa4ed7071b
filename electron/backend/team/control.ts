import type { TeamStatus } from '../../../shared/api/team';

/** What the team.* methods drive: the desktop app's sharing, or serve mode's fixed state. */
export interface TeamControl {
  status(): TeamStatus;
  /** Throws an AppError (in French) when it cannot start. */
  start(port: number): Promise<TeamStatus>;
  stop(): Promise<TeamStatus>;
}

const NONE: TeamStatus = {
  mode: 'none',
  shared: false,
  secure: false,
  port: null,
  addresses: [],
  fingerprint: null,
  certificateExpiresAt: null,
};

/**
 * The process's one team control, installed by the entry point (main.ts or serve.ts) once the
 * registry exists: the control serves that registry over the network, so it cannot be one of
 * the registry's own options without a cycle. Absent in tests that install none.
 */
let installed: TeamControl | null = null;

export function installTeamControl(control: TeamControl | null): void {
  installed = control;
}

export function teamControl(): TeamControl | null {
  return installed;
}

export function noTeamStatus(): TeamStatus {
  return { ...NONE, addresses: [] };
}

/** Serve mode: shared or not as launched; start and stop are refused with the reason. */
export function fixedTeamControl(status: TeamStatus, refusal: () => Error): TeamControl {
  return {
    status: () => status,
    start: () => Promise.reject(refusal()),
    stop: () => Promise.reject(refusal()),
  };
}
