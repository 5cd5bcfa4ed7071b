import { useCallback, useState } from 'react';
import { defaultPeriod } from '../marks/useSheetChoices';
import { useQuery } from '../../hooks/useQuery';
import {
  type DocumentForm,
  buildRequest,
  defaultMonth,
  lastOfMonth,
  monthsBetween,
  todayIso,
} from './document-form';
import type { DocumentsPrefill } from './paths';
import { useChoices } from './useChoices';

function initialForm(prefill: DocumentsPrefill): DocumentForm {
  return {
    kind: prefill.kind ?? 'reportCards',
    cohortId: prefill.cohortId ?? null,
    groupId: prefill.groupId ?? null,
    periodId: prefill.periodId ?? null,
    range: 'month',
    month: '',
    from: '',
    to: '',
    learnerIds: prefill.learnerId ? [prefill.learnerId] : null,
    format: 'pdf',
  };
}

/**
 * The Générer form: what the person chose, completed by defaults derived from the data (the
 * first current cohort, the group's first group for report cards, the period holding today, the
 * month just ended) — derived at each render rather than stored, so changing the cohort brings
 * fresh defaults and a stale choice is never sent.
 */
export function useGenerateForm(prefill: DocumentsPrefill) {
  const [chosen, setChosen] = useState<DocumentForm>(() => initialForm(prefill));
  const today = todayIso();

  const cohorts = useQuery('cohorts.list', { includeArchived: true });
  const cohort =
    cohorts.data?.find((c) => c.id === chosen.cohortId) ?? cohorts.data?.find((c) => !c.archived) ?? null;
  const cohortId = cohort?.id ?? null;

  const groups = useChoices('groups.list', cohortId ? { cohortId } : null);
  const periods = useChoices('periods.list', cohortId && chosen.kind === 'reportCards' ? { cohortId } : null);
  const months = cohort ? monthsBetween(cohort.startDate, cohort.endDate) : [];

  const pickedGroup = groups.data?.find((g) => g.id === chosen.groupId) ?? null;
  const group = pickedGroup ?? (chosen.kind === 'reportCards' ? (groups.data?.[0] ?? null) : null);
  const period =
    periods.data?.find((p) => p.id === chosen.periodId) ??
    (periods.data ? (defaultPeriod(periods.data, today) ?? null) : null);
  const month = months.includes(chosen.month) ? chosen.month : defaultMonth(months, today);

  const learners = useChoices(
    'learners.list',
    group ? { groupId: group.id } : cohortId ? { cohortId } : null,
  );
  const scope = (learners.data ?? []).map((l) => l.id);
  // A learner named by the address but not in this scope leaves the whole scope ticked.
  const kept =
    chosen.learnerIds && learners.data ? chosen.learnerIds.filter((id) => scope.includes(id)) : null;
  const learnerIds = kept && kept.length === 0 && chosen.learnerIds!.length > 0 ? null : kept;

  const form: DocumentForm = {
    ...chosen,
    cohortId,
    groupId: group?.id ?? null,
    periodId: period?.id ?? null,
    month,
    // Custom dates start from the month shown, so switching to them is one change away.
    from: chosen.from || month,
    to: chosen.to || (month ? lastOfMonth(month) : ''),
    learnerIds,
  };

  const change = useCallback((next: Partial<DocumentForm>) => setChosen((f) => ({ ...f, ...next })), []);

  return {
    form,
    change,
    built: buildRequest(form, scope),
    cohorts,
    cohort,
    groups: groups.data,
    periods: periods.data,
    months,
    learners: learners.data,
    error: cohorts.error ?? groups.error ?? periods.error ?? learners.error,
  };
}
