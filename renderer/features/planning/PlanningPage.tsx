import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useEffect } from 'react';
import { mondayOf } from '../../../shared/domain/calendar';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { PageHeader } from '../../components/PageHeader';
import { useCanManageRecords } from '../../session';
import { RhythmPanel } from '../rhythm/RhythmPanel';
import { LedgerTab } from './LedgerTab';
import { MonthTab } from './MonthTab';
import { PlanningHeader } from './PlanningHeader';
import { usePlanningUrl, type PlanningTab } from './usePlanningUrl';
import { useReferences } from './useReferences';
import { WeekTab } from './WeekTab';

const GROUP_TABS: PlanningTab[] = ['week', 'month', 'rhythm', 'ledger'];
const OTHER_TABS: PlanningTab[] = ['week', 'month'];

/** The planning: a group's, a trainer's or a room's week, month, rhythm and hours ledger. */
export function PlanningPage() {
  const canManage = useCanManageRecords();
  const refs = useReferences();
  const { selection, select } = usePlanningUrl();
  const { view, id, day } = selection;
  const entities = refs.entities(view);
  const entity = entities.find((e) => e.id === id) ?? null;
  const tabs = view === 'group' ? GROUP_TABS : OTHER_TABS;
  const tab = tabs.includes(selection.tab) ? selection.tab : 'week';

  // Nothing chosen yet (or a record since deleted): show the first one, without a history entry.
  useEffect(() => {
    if (refs.loaded && !entity && entities.length > 0) select({ id: entities[0]!.id }, true);
  }, [refs.loaded, entity, entities, select]);

  const group = view === 'group' ? refs.groups.find((g) => g.id === id) : undefined;

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <PlanningHeader selection={{ ...selection, tab }} select={select} refs={refs} />
      {refs.error && <Alert severity="error">{refs.error}</Alert>}
      {!refs.loaded && !refs.error && <CircularProgress aria-label={t.title} />}
      {refs.loaded && entities.length === 0 && <Alert severity="info">{t.pickerEmpty[view]}</Alert>}
      {entity && (
        <>
          <Tabs
            value={tab}
            onChange={(_, next: PlanningTab) => select({ tab: next })}
            aria-label={t.tabsLabel}
            sx={{ mb: 2 }}
          >
            {tabs.map((k) => (
              <Tab key={k} value={k} label={t.tabs[k]} />
            ))}
          </Tabs>
          {group && !group.plannable && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t.groupNotPlannable(group.name, group.learnerCount)}
            </Alert>
          )}
          {tab === 'week' && (
            <WeekTab
              key={`${view}-${entity.id}`}
              view={view}
              id={entity.id}
              label={entity.label}
              weekStart={mondayOf(day)}
              refs={refs}
              canManage={canManage}
            />
          )}
          {tab === 'month' && (
            <MonthTab
              view={view}
              id={entity.id}
              month={day.slice(0, 7)}
              onOpenDay={(date) => select({ day: date, tab: 'week' })}
            />
          )}
          {tab === 'rhythm' && <RhythmPanel groupId={entity.id} />}
          {tab === 'ledger' && <LedgerTab groupId={entity.id} />}
        </>
      )}
    </>
  );
}
