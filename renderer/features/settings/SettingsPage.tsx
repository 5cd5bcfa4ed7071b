import HistoryIcon from '@mui/icons-material/History';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, Route, Routes } from 'react-router';
import { backupsFr } from '../../../shared/i18n/fr/backups';
import { errorsFr } from '../../../shared/i18n/fr/errors';
import { settingsFr } from '../../../shared/i18n/fr/settings';
import { call } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { useSession } from '../../session';
import { attendanceCardsFr } from '../../../shared/i18n/fr/attendance-screen';
import { averagesFr } from '../../../shared/i18n/fr/averages';
import { centreFr, documentSettingsFr } from '../../../shared/i18n/fr/centre';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { AttendanceAlertsSection } from './AttendanceAlertsSection';
import { AuditSection } from './AuditSection';
import { BackupsSection } from './BackupsSection';
import { CentreSection } from './CentreSection';
import { DocumentsSettingsSection } from './DocumentsSettingsSection';
import { MarksSettingsSection } from './MarksSettingsSection';
import { SchoolHolidaysSection } from './SchoolHolidaysSection';
import { SettingsSection as Section } from './SettingsSection';
import { SlotsSection } from './SlotsSection';

function SecuritySettings() {
  const [hours, setHours] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    void call('settings.get', {}).then((r) => r.ok && setHours(String(r.value.sessionTimeoutHours)));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const value = Number(hours.replace(',', '.'));
    const result = await action.run(() => call('settings.update', { sessionTimeoutHours: value }));
    if (result) setSaved(true);
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 420 }}>
      {action.error && <Alert severity="error">{action.error}</Alert>}
      {saved && <Alert severity="success">{settingsFr.saved}</Alert>}
      <TextField
        label={settingsFr.sessionTimeout}
        value={hours}
        onChange={(e) => setHours(e.target.value)}
        error={!!action.fields.sessionTimeoutHours}
        helperText={action.fields.sessionTimeoutHours ?? settingsFr.sessionTimeoutHelp}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <Button type="submit" variant="contained" disabled={action.busy} sx={{ alignSelf: 'flex-start' }}>
        {settingsFr.save}
      </Button>
    </Stack>
  );
}

function About() {
  const info = useQuery('system.info', {}).data;
  if (!info) return null;
  return (
    <Typography variant="body2" color="text.secondary" component="div">
      <div>
        {settingsFr.version} : {info.version}
      </div>
      <div>
        {settingsFr.schemaVersion} : {info.schemaVersion}
      </div>
      {info.dataDir && (
        <div>
          {settingsFr.dataFolder} : {info.dataDir}
        </div>
      )}
    </Typography>
  );
}

/** Paramètres, and below it the journal (administrators), at /parametres/journal. */
export function SettingsPage() {
  const { user } = useSession();
  return (
    <Routes>
      <Route index element={<SettingsHome />} />
      <Route
        path="journal"
        element={
          user.role === 'admin' ? <AuditSection /> : <Alert severity="warning">{errorsFr.forbidden}</Alert>
        }
      />
    </Routes>
  );
}

function SettingsHome() {
  const { user } = useSession();
  return (
    <>
      <PageHeader title={settingsFr.title} />
      <Section title={settingsFr.account}>
        <ChangePasswordForm />
      </Section>
      {(user.role === 'admin' || user.role === 'manager') && (
        <Section title={centreFr.screen.title}>
          <CentreSection />
        </Section>
      )}
      {user.role === 'admin' && (
        <Section title={settingsFr.security}>
          <SecuritySettings />
        </Section>
      )}
      {user.role === 'admin' && (
        <Section title={settingsFr.slots}>
          <SlotsSection />
        </Section>
      )}
      {user.role === 'admin' && (
        <Section title={attendanceCardsFr.settingsTitle}>
          <AttendanceAlertsSection />
        </Section>
      )}
      {user.role === 'admin' && (
        <Section title={averagesFr.settings.title}>
          <MarksSettingsSection />
        </Section>
      )}
      {user.role === 'admin' && (
        <Section title={documentSettingsFr.title}>
          <DocumentsSettingsSection />
        </Section>
      )}
      {(user.role === 'admin' || user.role === 'manager') && (
        <Section title={settingsFr.schoolHolidays}>
          <SchoolHolidaysSection />
        </Section>
      )}
      {user.role === 'admin' && (
        <Section title={backupsFr.title}>
          <BackupsSection />
        </Section>
      )}
      {user.role === 'admin' && (
        <Section title={backupsFr.journalTitle}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {backupsFr.journalIntro}
          </Typography>
          <Button component={Link} to="journal" variant="outlined" startIcon={<HistoryIcon />}>
            {backupsFr.openJournal}
          </Button>
        </Section>
      )}
      <About />
    </>
  );
}
