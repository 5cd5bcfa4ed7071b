/**
 * The planned sessions' table, named once (not `sessions`: that is the sign-in sessions' table).
 */
export const SESSIONS_TABLE = 'planned_sessions';
