// Runs an archive's warm-up steps within a time budget, giving the event loop back every few
// milliseconds: a hot reload warms the new index while the old one keeps answering, and a health
// check is never kept waiting behind it. The first seconds after a start used to have a p99 of
// 350–500 ms because the first requests paid for compiling the search code and analysing sections.
import { foldAccents } from '../analysis';
import type { Archive } from './archive';

/** What an archive knows of its own words, to make warm-up queries from. */
export interface WarmUpWords {
  /** Most frequent first, as written. */
  frequentWords: readonly string[];
  /** Acronyms defined in the reports, with their spelled-out forms. */
  acronyms: readonly { acronym: string; longForm: string }[];
  /** Words the thesaurus widens. */
  synonyms: readonly string[];
}

/**
 * Queries in every shape the engine treats differently — a word, words, a word being typed, a typo, a
 * phrase, an exclusion, OU, accents left out, an acronym and its spelled-out form, a synonym, a question,
 * a misspelling to correct, a query past the word limit — so that each code path is compiled before a
 * reader's first request takes it. (Warming with a few frequent words left the first « CCUE » at 17 ms
 * against 2.2 ms once warm.)
 */
export function warmUpQueries({ frequentWords, acronyms, synonyms }: WarmUpWords): string[] {
  const words = frequentWords.filter((word) => word.length >= 4);
  const [first = 'rapport', second = first, third = second] = words;
  const accented = words.find((word) => foldAccents(word) !== word) ?? first;
  const long = words.find((word) => word.length >= 8) ?? first;
  const queries = [
    first,
    `${first} ${second}`,
    first.slice(0, 4),
    `${long.slice(0, 3)}${long[4] ?? ''}${long[3] ?? ''}${long.slice(5)}`,
    acronyms[0] ? `"${acronyms[0].longForm}"` : `"${first} ${second}"`,
    `${second} -${first}`,
    `${first} OU ${third}`,
    foldAccents(accented),
    `qu’est-ce que ${third} ?`,
    `${long}${long.at(-1) ?? ''}`,
    words.slice(0, 14).join(' '),
  ];
  for (const { acronym, longForm } of acronyms.slice(0, 2)) queries.push(acronym, longForm.toLowerCase());
  queries.push(...synonyms.slice(0, 2));
  return queries;
}

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
