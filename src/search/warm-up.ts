// Runs an archive's warm-up steps within a time budget, giving the event loop back every few
// milliseconds: a hot reload warms the new index while the old one keeps answering, and a health
// check is never kept waiting behind it. The first seconds after a start used to have a p99 of
// 350–500 ms because the first requests paid for compiling the search code and analysing sections.
import type { Archive } from './archive';

export interface WarmUpBudget {
  /** Total time spent warming. */
  totalMs: number;
  /** Longest stretch without yielding to the event loop. */
  sliceMs: number;
}

export const DEFAULT_WARM_UP: WarmUpBudget = { totalMs: 400, sliceMs: 15 };

/** Resolves with the number of steps done once the steps or the budget are exhausted. */
export async function warmUp(archive: Archive, budget: WarmUpBudget = DEFAULT_WARM_UP): Promise<number> {
  const start = performance.now();
  let steps = 0;
  let sliceStart = start;
  for (const _ of archive.warmUpSteps?.() ?? []) {
    steps++;
    const now = performance.now();
    if (now - start >= budget.totalMs) break;
    if (now - sliceStart >= budget.sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return steps;
}
