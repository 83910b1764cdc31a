// Runs an archive's warm-up steps within a time budget, giving the event loop back every few
// milliseconds: a hot reload warms the new index while the old one keeps answering, and a health
// check is never kept waiting behind it. The first seconds after a start used to have a p99 of
// 350–500 ms because the first requests paid for compiling the search code and analysing sections.
import type { Archive } from './archive';

export interface WarmUpBudget {
  /**
   * CPU time spent warming (this process's, not the wall clock: on a busy machine a wall-clock budget
   * bought a fraction of the work, and the first requests paid for the rest).
   */
  cpuMs: number;
  /** Longest stretch without yielding to the event loop. */
  sliceMs: number;
}

export const DEFAULT_WARM_UP: WarmUpBudget = { cpuMs: 400, sliceMs: 15 };

/** Resolves with the number of steps done once the steps or the budget are exhausted. */
export async function warmUp(archive: Archive, budget: WarmUpBudget = DEFAULT_WARM_UP): Promise<number> {
  const cpuStart = process.cpuUsage();
  let steps = 0;
  let sliceStart = performance.now();
  for (const _ of archive.warmUpSteps?.() ?? []) {
    steps++;
    const used = process.cpuUsage(cpuStart);
    if ((used.user + used.system) / 1000 >= budget.cpuMs) break;
    const now = performance.now();
    if (now - sliceStart >= budget.sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return steps;
}
