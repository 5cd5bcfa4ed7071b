import { createContext, useContext } from 'react';
import type { User } from '../shared/api/auth';

export interface SessionValue {
  user: User;
  /** Replace the signed-in user's data (after a password change, say). */
  setUser(user: User): void;
  logout(): Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in user; only used below the shell, which exists only with a session. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in shell');
  return value;
}

/** Whether the signed-in user may change records (programmes, cohorts, learners, trainers, rooms). */
export function useCanManageRecords(): boolean {
  const { user } = useSession();
  return user.role === 'admin' || user.role === 'manager';
}
