import GroupsIcon from '@mui/icons-material/Groups';
import LaptopIcon from '@mui/icons-material/Laptop';
import WorkIcon from '@mui/icons-material/Work';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { MODALITIES, SLOT_NAMES } from '../../../shared/api/planning';
import { isoDate } from '../../../shared/domain/calendar';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';

export type Slot = (typeof SLOT_NAMES)[number];
export type Modality = (typeof MODALITIES)[number];
export const SLOT_LIST: readonly Slot[] = ['morning', 'afternoon', 'evening'];
export const MODALITY_LIST: readonly Modality[] = ['onsite', 'distance', 'work'];
export const WEEKDAYS = [1, 2, 3, 4, 5, 6] as const;

/**
 * Twelve colours far enough apart to tell subjects apart in a week; a subject keeps its colour
 * on every screen and every week because it is picked from its id, not from its position.
 */
const PALETTE = [
  '#1565c0',
  '#2e7d32',
  '#ad1457',
  '#6a1b9a',
  '#e65100',
  '#00838f',
  '#4e342e',
  '#283593',
  '#558b2f',
  '#c62828',
  '#00695c',
  '#5d4037',
];

export function subjectColor(subjectId: number): string {
  return PALETTE[subjectId % PALETTE.length]!;
}

export function ModalityIcon({ modality, ...props }: { modality: Modality } & SvgIconProps) {
  const label = t.modalityShort[modality];
  const common = { ...props, titleAccess: label } as const;
  if (modality === 'distance') return <LaptopIcon {...common} />;
  if (modality === 'work') return <WorkIcon {...common} />;
  return <GroupsIcon {...common} />;
}

/** Today as the user's own calendar sees it (not UTC: 23:30 on Monday is still Monday here). */
export function todayIso(): string {
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** "Claire Dupont" from a trainer record. */
export function personName(p: { firstName: string; surname: string }): string {
  return `${p.firstName} ${p.surname}`;
}

export const PLANNING_VIEW_LIST = ['group', 'trainer', 'room'] as const;
