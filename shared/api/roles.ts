/** Who may call a method. `public` methods are the only ones reachable without a session. */
export const ROLES = ['admin', 'manager', 'trainer', 'adviser'] as const;
export type Role = (typeof ROLES)[number];

export const ALL_ROLES: readonly Role[] = ROLES;
export type Access = 'public' | readonly Role[];
