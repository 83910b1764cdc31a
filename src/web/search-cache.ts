/**
 * A small LRU of search responses per archive. The search-as-you-type box and people paging back and
 * forth repeat the same requests, and one search costs several times a /healthz in CPU. Each archive
 * gets its own cache (a WeakMap entry): once hot reload swaps in a new index, the old archive and its
 * responses are simply dropped, and nothing computed from the old index is ever served again.
 */
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH, type Archive } from '../search';
import type { SearchRequest, SearchResponse, Timeline, TimelineRequest } from '../types';

/** What `SEARCH_CACHE_ENTRIES` defaults to: a response of 10 hits is a few KB, so a few MB per process. */
export const DEFAULT_SEARCH_CACHE_ENTRIES = 1000;

/** `archive.search`, possibly answered from memory. The response is frozen: never mutate it. */
export type SearchFunction = (archive: Archive, request: SearchRequest) => Promise<SearchResponse>;

export function createSearchCache(maxEntries: number): SearchFunction {
  return memoPerArchive(maxEntries, searchCacheKey, (archive, request) => archive.search(request), freezeResponse);
}

/** `archive.timeline`, possibly answered from memory (the results page draws one per search). Frozen. */
export type TimelineFunction = (archive: Archive, request: TimelineRequest) => Promise<Timeline>;

export function createTimelineCache(maxEntries: number): TimelineFunction {
  const keyOf = (request: TimelineRequest) => searchCacheKey({ q: request.q, reportId: request.reportId, strict: request.strict });
  return memoPerArchive(maxEntries, keyOf, (archive, request) => archive.timeline(request), freezeTimeline);
}

/** `compute`, answered from a per-archive LRU of `maxEntries` keyed by `keyOf(request)`; 0 disables it. */
function memoPerArchive<R, T>(
  maxEntries: number,
  keyOf: (request: R) => string,
  compute: (archive: Archive, request: R) => Promise<T>,
  freeze: (answer: T) => T,
): (archive: Archive, request: R) => Promise<T> {
  if (maxEntries <= 0) return compute;
  const caches = new WeakMap<Archive, Map<string, T>>();
  return async (archive, request) => {
    let entries = caches.get(archive);
    if (entries === undefined) {
      entries = new Map();
      caches.set(archive, entries);
    }
    const key = keyOf(request);
    const cached = entries.get(key);
    if (cached !== undefined) {
      // A Map iterates in insertion order: re-inserting on each hit makes the first key the least recent.
      entries.delete(key);
      entries.set(key, cached);
      return cached;
    }
    const answer = freeze(await compute(archive, request));
    // Another request may have filled the entry while this one waited: the last answer wins, same content.
    entries.delete(key);
    entries.set(key, answer);
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    return answer;
  };
}

/**
 * The request as `archive.search` reads it (query cut to MAX_QUERY_LENGTH, limit clamped, empty
 * filters absent), so requests the archive answers identically share one entry. The page is kept as
 * asked: the archive clamps it to the last page, which only costs a duplicate entry.
 */
export function searchCacheKey(request: SearchRequest): string {
  const q = (typeof request.q === 'string' ? request.q : '').slice(0, MAX_QUERY_LENGTH);
  const reportId = typeof request.reportId === 'string' && request.reportId !== '' ? request.reportId : null;
  const year = Number.isInteger(request.year) ? request.year : null;
  const page = Math.max(1, wholeNumber(request.page) ?? 1);
  const limit = Math.min(MAX_LIMIT, Math.max(1, wholeNumber(request.limit) ?? DEFAULT_LIMIT));
  return JSON.stringify([q, reportId, year, page, limit, request.strict === true, request.allReports === true]);
}

function wholeNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? Math.trunc(number) : undefined;
}

/**
 * One response object now serves many requests: freezing it makes any route that would edit it fail
 * loudly (a TypeError in strict mode) instead of corrupting later answers. Breadcrumbs are the
 * archive's own section arrays and stay as they are.
 */
function freezeResponse(response: SearchResponse): SearchResponse {
  response.hits.forEach((hit) => Object.freeze(hit));
  Object.freeze(response.hits);
  response.facets.reports.forEach((facet) => Object.freeze(facet));
  response.facets.years.forEach((facet) => Object.freeze(facet));
  Object.freeze(response.facets.reports);
  Object.freeze(response.facets.years);
  Object.freeze(response.facets);
  return Object.freeze(response);
}

function freezeTimeline(timeline: Timeline): Timeline {
  timeline.years.forEach((year) => Object.freeze(year));
  Object.freeze(timeline.years);
  return Object.freeze(timeline);
}
