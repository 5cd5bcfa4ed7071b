import { z } from 'zod';
import { none } from './fields';
import { method } from './method';

/**
 * Team mode: Carnet served to the local network over HTTPS. `desktop`: the desktop app, which
 * starts and stops sharing; `serve`: `npm run serve`, shared or not as launched (read only);
 * `none`: no transport to control (a test registry).
 */
export const TEAM_MODES = ['desktop', 'serve', 'none'] as const;
export const DEFAULT_TEAM_PORT = 5180;

export const teamStatusSchema = z.object({
  mode: z.enum(TEAM_MODES),
  /** Open to the local network now. */
  shared: z.boolean(),
  /** Served over HTTPS (always when shared). */
  secure: z.boolean(),
  port: z.number().int().nullable(),
  /** The addresses colleagues type, e.g. https://192.168.1.20:5180. */
  addresses: z.array(z.string()),
  /** SHA-256 fingerprint of the certificate, "AB:CD:…" (32 bytes), for colleagues to compare. */
  fingerprint: z.string().nullable(),
  certificateExpiresAt: z.string().nullable(),
});
export type TeamStatus = z.infer<typeof teamStatusSchema>;

const admins = ['admin'] as const;

export const teamApi = {
  'team.status': method({
    summary:
      'Whether Carnet is shared on the local network, at which addresses, with which certificate fingerprint.',
    input: none,
    output: teamStatusSchema,
    access: admins,
  }),
  'team.start': method({
    summary:
      'Desktop app: shares Carnet on the local network over HTTPS (a self-signed certificate made at first use, kept in the data folder). Refused in serve mode, where the launch options decide.',
    input: z.object({ port: z.number().int().min(1024).max(65535).optional() }).strict(),
    output: teamStatusSchema,
    access: admins,
  }),
  'team.stop': method({
    summary: 'Desktop app: stops sharing on the local network; colleagues’ pages stop answering.',
    input: none,
    output: teamStatusSchema,
    access: admins,
  }),
};
