import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { issuers } from '../../../shared/api/documents';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../session';
import { ArchiveTab } from './ArchiveTab';
import { GenerateTab } from './GenerateTab';
import { type DocumentsTab, PARAMS, TAB_PARAM, readPrefill, readTab } from './paths';
import { useBatchJob } from './useBatchJob';

/**
 * Documents (issuers only): generate a batch of report cards, attestations or certificates, and
 * the archive of what was issued. The batch belongs to the page, not to the tab, so looking at
 * the archive while it runs does not stop it; leaving the page does.
 */
export function DocumentsPage() {
  const { user } = useSession();
  if (!issuers.includes(user.role)) {
    return (
      <>
        <PageHeader title={t.title} intro={t.intro} />
        <Alert severity="info">{t.notIssuer}</Alert>
      </>
    );
  }
  return <IssuerDocuments />;
}

function IssuerDocuments() {
  const [params, setParams] = useSearchParams();
  const tab = readTab(params);
  // The address only prefills the form when the page opens; the form then holds the choice.
  const [prefill] = useState(() => readPrefill(params));
  const job = useBatchJob();

  const select = useCallback(
    (next: DocumentsTab) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        updated.set(PARAMS.tab, TAB_PARAM[next]);
        return updated;
      }),
    [setParams],
  );

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <Tabs
        value={tab}
        onChange={(_, next: DocumentsTab) => select(next)}
        aria-label={t.tabsLabel}
        sx={{ mb: 2 }}
      >
        <Tab value="generate" label={t.tabs.generate} />
        <Tab value="archive" label={t.tabs.archive} />
      </Tabs>
      {/* Kept mounted while the archive shows, so the choice and the preview are still there after. */}
      <Box hidden={tab !== 'generate'}>
        <GenerateTab prefill={prefill} job={job} onOpenArchive={() => select('archive')} />
      </Box>
      {tab === 'archive' && <ArchiveTab />}
    </>
  );
}
