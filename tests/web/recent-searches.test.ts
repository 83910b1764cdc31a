// What a server process remembers of the searches it answered, for the process that replaces it.
import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { createRecentSearches } from '../../src/web/recent-searches';

/** Runs the recorder on one request whose response ends with `status`. */
function answer(recorder: ReturnType<ReturnType<typeof createRecentSearches>['recorder']>, url: string, status = 200): void {
  const res = Object.assign(new EventEmitter(), { statusCode: status });
  const req = { path: url.split('?')[0], originalUrl: url };
  recorder(req as Request, res as unknown as Response, () => {});
  res.emit('finish');
}

describe('recent searches', () => {
  it.each([
    ['a JSON search', '/api/search?q=CCUE', true],
    ['a results page', '/recherche?q=S%C3%A9gur&annee=2024', true],
    ['a timeline', '/api/timeline?q=CCUE', true],
    ['a report page', '/rapports/retrospective-2024', false],
    ['a health check', '/healthz', false],
    ['a static file', '/static/app.css', false],
  ])('records %s: %s → %s', (_what, url, recorded) => {
    const recent = createRecentSearches();
    answer(recent.recorder(() => true), url);
    expect(recent.list()).toEqual(recorded ? [url] : []);
  });

  it('keeps only what succeeded, once each, the most recent last, up to its capacity', () => {
    const recent = createRecentSearches(3);
    const recorder = recent.recorder(() => true);
    for (const url of ['/api/search?q=a', '/api/search?q=b', '/api/search?q=a', '/api/search?q=c', '/api/search?q=d']) answer(recorder, url);
    answer(recorder, '/api/search?page=x', 400);
    expect(recent.list()).toEqual(['/api/search?q=a', '/api/search?q=c', '/api/search?q=d']);
  });

  it('records nothing while told not to (the warm-up answering its own requests)', () => {
    const recent = createRecentSearches();
    answer(recent.recorder(() => false), '/api/search?q=CCUE');
    expect(recent.list()).toEqual([]);
  });
});
