// The primary's part in autowarming (src/web/recent-searches.ts): a worker starting on a new generation
// asks for recent searches; the primary asks a serving worker for its own and passes them on. Bounded
// in time: a starting worker never waits long for a warm-up.
import type { Worker } from 'node:cluster';
import type { RecentSearches, RecentSearchesWanted } from './messages';

const ANSWER_WITHIN_MS = 1_000;

export interface RecentSearchesRelay {
  /** `asker` wants recent searches: answered from one of `donors` (the first that is not `asker`). */
  wanted(asker: Worker, message: RecentSearchesWanted, donors: Iterable<Worker>): void;
  /** A donor's answer. */
  answered(message: RecentSearches): void;
}

export function createRecentSearchesRelay(): RecentSearchesRelay {
  let lastId = 0;
  const pending = new Map<number, (paths: string[]) => void>();
  const ask = (donor: Worker): Promise<string[]> => {
    const id = ++lastId;
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle([]), ANSWER_WITHIN_MS);
      const settle = (paths: string[]) => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(paths);
      };
      pending.set(id, settle);
      const wanted: RecentSearchesWanted = { type: 'recent-searches?', id };
      if (donor.isConnected()) donor.send(wanted, undefined, {}, (error) => error && settle([]));
      else settle([]);
    });
  };
  return {
    wanted(asker, message, donors) {
      const donor = [...donors].find((worker) => worker !== asker && worker.isConnected());
      void (donor === undefined ? Promise.resolve([]) : ask(donor)).then((paths) => {
        const answer: RecentSearches = { type: 'recent-searches', id: message.id, paths };
        if (asker.isConnected()) asker.send(answer, undefined, {}, () => {});
      });
    },
    answered(message) {
      pending.get(message.id)?.(Array.isArray(message.paths) ? message.paths.filter((path) => typeof path === 'string') : []);
    },
  };
}
