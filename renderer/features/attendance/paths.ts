import { NAV_ROUTES } from '../../nav-routes';

/** Where the Émargement area is mounted (/emargement); its pages link by absolute paths under it. */
const base = NAV_ROUTES.find((r) => r.key === 'attendance')!.path;

/** The address bar speaks French (team mode shows it). */
export const attendancePaths = {
  day: (date?: string) => (date ? `${base}?jour=${date}` : base),
  pending: `${base}/en-attente`,
  stats: `${base}/statistiques`,
  sheet: (sessionId: number) => `${base}/seance/${sessionId}`,
};

export const DAY_PARAM = 'jour';
export const TRAINER_PARAM = 'formateur';
