import { formatNumber } from '../../shared/format/fr';
import { sampled, type Figure } from '../lib/figure';
import { ensureCentreIdentity, runDocumentsBatch } from '../lib/documents';
import { FULL, fullGroup } from '../lib/marks-fixture';

const RUNS = { warmup: 2, runs: 9 };

/**
 * 30 attestations de fin de formation in one PDF for the group of 30: hours realised, the exam
 * simulator's decision and the general average over the training, read in one transaction and
 * rendered in the background, as the Documents screen runs them.
 */
export const figure: Figure = {
  name: '30 attestations de fin de formation',
  unit: 'ms',
  goal: { median: 500 },
  phase: 'backend',
  baseline: 'baseline-raw-pdf',
  async run(ctx) {
    const b = ctx.backend();
    await ensureCentreIdentity(b.call);
    const full = await fullGroup(b.call, 'subjects');
    const { cohortId } = (await b.call('groups.list', {})).find((g) => g.id === full.groupId)!;
    const input = {
      request: { kind: 'attestations' as const, cohortId, groupId: full.groupId },
      format: 'pdf' as const,
    };
    let pages = 0;
    let collect = 0;
    const measured = await sampled(async () => {
      const batch = await runDocumentsBatch(b.call, input);
      pages = batch.collected.issued.pageCount;
      collect = batch.collectMs;
      return batch.generateMs;
    }, RUNS);
    if (pages < FULL.learners) throw new Error(`${pages} pages pour ${FULL.learners} attestations`);
    return {
      ...measured,
      note: `documents.start → terminé, ${pages} pages ; archivage ${formatNumber(collect, 1)} ms`,
    };
  },
};
