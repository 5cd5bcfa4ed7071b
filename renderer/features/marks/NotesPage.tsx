import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { appreciationsFr } from '../../../shared/i18n/fr/appreciations';
import { averagesFr } from '../../../shared/i18n/fr/averages';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { PageHeader } from '../../components/PageHeader';
import { useCanManageRecords } from '../../session';
import { AppreciationsPanel } from '../appreciations/AppreciationsPanel';
import { AveragesPanel } from '../averages/AveragesPanel';
import { PeriodsTab } from './PeriodsTab';
import { SheetPanel } from './SheetPanel';
import { type NotesTab, useNotesUrl } from './useNotesUrl';

const LABELS: Record<NotesTab, string> = {
  sheet: t.tabs.sheet,
  appreciations: appreciationsFr.tabLabel,
  averages: averagesFr.tabLabel,
  periods: t.tabs.periods,
};

/** Notes: the mark sheet, the appreciations, the averages, and for managers the periods. */
export function NotesPage() {
  const canManage = useCanManageRecords();
  const { selection, select } = useNotesUrl();
  const tabs: NotesTab[] = canManage
    ? ['sheet', 'appreciations', 'averages', 'periods']
    : ['sheet', 'appreciations', 'averages'];
  const tab = tabs.includes(selection.tab) ? selection.tab : 'sheet';

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <Tabs
        value={tab}
        onChange={(_, next: NotesTab) => select({ tab: next })}
        aria-label={t.tabsLabel}
        sx={{ mb: 2 }}
      >
        {tabs.map((k) => (
          <Tab key={k} value={k} label={LABELS[k]} />
        ))}
      </Tabs>
      {tab === 'sheet' && <SheetPanel selection={selection} select={select} />}
      {tab === 'appreciations' && <AppreciationsPanel selection={selection} select={select} />}
      {tab === 'averages' && <AveragesPanel selection={selection} select={select} />}
      {tab === 'periods' && <PeriodsTab selection={selection} select={select} />}
    </>
  );
}
