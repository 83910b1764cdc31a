// The search addresses this process answered last, so that a process taking over after a hot reload
// can ask them of its new index before it serves (see http-warm-up.ts) — what Solr calls autowarming.
// A fresh 100× archive answered its first round of the usual queries 5× slower than later rounds
// (sections not analysed yet, word candidates not looked up): readers paid that during every roll.
// Kept in memory only, and only handed to the process that replaces this one.
import type { RequestHandler } from 'express';

/** Paths that run a search (their query string decides what is warmed). */
const SEARCH_PATHS = new Set(['/api/search', '/recherche', '/api/timeline']);

export const RECENT_SEARCHES = 64;

export interface RecentSearches {
  /** Distinct paths with their query strings, least recent first. */
  list(): string[];
  /** Records the successful searches the app answers (warm-up requests excluded by the caller). */
  recorder(isRecording: () => boolean): RequestHandler;
}

export function createRecentSearches(capacity = RECENT_SEARCHES): RecentSearches {
  // A Map keeps insertion order: deleting and re-adding moves a path to the most recent end.
  const paths = new Map<string, true>();
  const record = (path: string) => {
    paths.delete(path);
    paths.set(path, true);
    if (paths.size > capacity) paths.delete(paths.keys().next().value as string);
  };
  return {
    list: () => [...paths.keys()],
    recorder: (isRecording) => (req, res, next) => {
      if (SEARCH_PATHS.has(req.path) && isRecording()) {
        res.once('finish', () => {
          if (res.statusCode === 200) record(req.originalUrl);
        });
      }
      next();
    },
  };
}
