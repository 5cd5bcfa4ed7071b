import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TeamStatus } from '../../../shared/api/team';
import { teamFr as t } from '../../../shared/i18n/fr/team';

/** 32 bytes in two lines of 16, so a person can compare them group by group. */
function fingerprintLines(fingerprint: string): string[] {
  const bytes = fingerprint.split(':');
  return [bytes.slice(0, 16).join(':'), bytes.slice(16).join(':')].filter(Boolean);
}

const mono = { fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace' };

/** What colleagues need: the addresses to type and the fingerprint to compare, then the steps. */
export function SharingDetails({ status }: { status: TeamStatus }) {
  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }}>
      <Box component="section" aria-labelledby="team-addresses">
        <Typography id="team-addresses" variant="h2" sx={{ mb: 1 }}>
          {t.addresses}
        </Typography>
        {status.addresses.length === 0 ? (
          <Typography color="text.secondary">{t.noAddress}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {status.addresses.map((address) => (
              <Typography
                component="li"
                key={address}
                sx={{ ...mono, fontSize: '1.1rem', userSelect: 'all' }}
              >
                {address}
              </Typography>
            ))}
          </Box>
        )}
      </Box>
      {status.fingerprint && (
        <Box component="section" aria-labelledby="team-fingerprint">
          <Typography id="team-fingerprint" variant="h2" sx={{ mb: 1 }}>
            {t.fingerprint}
          </Typography>
          <Box
            aria-label={t.fingerprint}
            sx={{ ...mono, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, userSelect: 'all' }}
          >
            {fingerprintLines(status.fingerprint).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </Box>
          {status.certificateExpiresAt && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {t.expires(status.certificateExpiresAt)}
            </Typography>
          )}
        </Box>
      )}
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {t.howTo.map((step) => (
          <Typography component="li" key={step} sx={{ mb: 0.5 }}>
            {step}
          </Typography>
        ))}
      </Box>
    </Stack>
  );
}
