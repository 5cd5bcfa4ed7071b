import { formatNumber } from '../../shared/format/fr';
import { MIB, single, type Figure } from '../lib/figure';
import { ensureCentreIdentity, runDocumentsBatch } from '../lib/documents';
import { currentGroup } from '../lib/lookups';

const SAMPLE_MS = 10;

/**
 * The memory a batch of 300 documents or more takes above idle, in this process (the backend's):
 * report cards are made per group (30 at most), so the batch of 300 is the attestations of the
 * whole current intake (12 groups of 25, with the bench's own groups), in one PDF. Resident
 * memory is sampled while it runs; the figure is the peak minus the level just before.
 */
export const figure: Figure = {
  name: 'Mémoire d’un lot d’une promotion entière (au-dessus du repos)',
  unit: 'MiB',
  goal: { median: 150 },
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    await ensureCentreIdentity(b.call);
    const { cohort } = await currentGroup(b.call);
    global.gc?.();
    const idle = process.memoryUsage().rss;
    let peak = idle;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, SAMPLE_MS);
    try {
      const batch = await runDocumentsBatch(b.call, {
        request: { kind: 'attestations', cohortId: cohort.id },
        format: 'pdf',
      });
      peak = Math.max(peak, process.memoryUsage().rss);
      const { learners, pageCount, size } = batch.collected.issued;
      return single(
        (peak - idle) / MIB,
        `${learners.length} attestations, ${pageCount} pages, ${formatNumber(size / MIB, 1)} Mio de PDF en ` +
          `${formatNumber(batch.generateMs / 1000, 1)} s ; repos ${formatNumber(idle / MIB, 0)} Mio`,
      );
    } finally {
      clearInterval(timer);
    }
  },
};
