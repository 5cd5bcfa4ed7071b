import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Button from '@mui/material/Button';
import type { AuditFilter } from '../../../shared/api/audit';
import { auditFr as t } from '../../../shared/i18n/fr/audit';
import { useQuery } from '../../hooks/useQuery';

/** The action filter: the areas, then the sign-in events people look for most. */
const ACTION_CHOICES: { value: string; label: string }[] = [
  ...Object.entries(t.areas).map(([value, label]) => ({ value, label })),
  ...[
    'auth.login',
    'auth.loginFailed',
    'auth.locked',
    'auth.addressLocked',
    'backups.restore',
    'imports.run',
  ].map((value) => ({ value, label: `${t.actionLabel(value)} (${value})` })),
];

export interface FilterText {
  userId: string;
  action: string;
  from: string;
  to: string;
  text: string;
}

export const NO_FILTER: FilterText = { userId: '', action: '', from: '', to: '', text: '' };

/** The form's texts as the contract's filter: empty fields are left out. */
export function toFilter(f: FilterText): AuditFilter {
  return {
    ...(f.userId ? { userId: Number(f.userId) } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
  };
}

export function AuditFilters({
  value,
  errors,
  onChange,
}: {
  value: FilterText;
  errors: Record<string, string>;
  onChange(next: FilterText): void;
}) {
  const users = useQuery('users.list', {}).data ?? [];
  const set = (key: keyof FilterText) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}>
      <TextField
        select
        label={t.user}
        value={value.userId}
        onChange={set('userId')}
        sx={{ width: 220 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t.anyUser}</MenuItem>
        {users.map((u) => (
          <MenuItem key={u.id} value={String(u.id)}>
            {u.displayName}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t.action}
        value={value.action}
        onChange={set('action')}
        sx={{ width: 280 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t.anyAction}</MenuItem>
        {ACTION_CHOICES.map((c) => (
          <MenuItem key={c.value} value={c.value}>
            {c.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="date"
        label={t.from}
        value={value.from}
        onChange={set('from')}
        error={!!errors.from}
        helperText={errors.from}
        sx={{ width: 170 }}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        type="date"
        label={t.to}
        value={value.to}
        onChange={set('to')}
        error={!!errors.to}
        helperText={errors.to}
        sx={{ width: 170 }}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField label={t.text} value={value.text} onChange={set('text')} sx={{ width: 240 }} />
      <Button onClick={() => onChange(NO_FILTER)}>{t.clear}</Button>
    </Stack>
  );
}
