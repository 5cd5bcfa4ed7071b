import { formatNumber } from '../../shared/format/fr';
import { sampled, type Figure } from '../lib/figure';
import { ensureCentreIdentity, runDocumentsBatch } from '../lib/documents';
import { FULL, fullGroup } from '../lib/marks-fixture';

const RUNS = { warmup: 2, runs: 9 };

/**
 * 30 report cards in one PDF as the Documents screen makes them: documents.start (the group's
 * averages, appreciations and absences read in one transaction), rendered page by page in the
 * background, polled until done. The group of 30 × 40 marks the marks figures write. Collecting
 * (the file recorded in the archive) is given beside it.
 */
export const figure: Figure = {
  name: '30 bulletins en un PDF',
  unit: 'ms',
  goal: { median: 500 },
  phase: 'backend',
  baseline: 'baseline-raw-pdf',
  async run(ctx) {
    const b = ctx.backend();
    await ensureCentreIdentity(b.call);
    const full = await fullGroup(b.call, 'subjects');
    const input = {
      request: { kind: 'reportCards' as const, groupId: full.groupId, periodId: full.periodId },
      format: 'pdf' as const,
    };
    let collect = 0;
    let pages = 0;
    const measured = await sampled(async () => {
      const batch = await runDocumentsBatch(b.call, input);
      collect = batch.collectMs;
      pages = batch.collected.issued.pageCount;
      return batch.generateMs;
    }, RUNS);
    if (pages < FULL.learners) throw new Error(`${pages} pages pour ${FULL.learners} bulletins`);
    return {
      ...measured,
      note: `documents.start → terminé, ${pages} pages ; archivage (documents.collect) ${formatNumber(collect, 1)} ms`,
    };
  },
};
