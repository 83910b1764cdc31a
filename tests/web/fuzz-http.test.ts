// Property-based fuzzing of the two search endpoints over real HTTP (loopback): whatever lands in
// the query string, the server answers without a 5xx, and nothing typed comes back as live markup.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndexData } from '../../src/search/index-data';
import { saveIndexFile } from '../../src/search/index-file';
import { startServer, type RunningServer } from '../../src/web/server';
import { FIXTURE_REPORTS } from '../fixtures/reports';
import { testedDatabase } from '../helpers/archive';

const RUNS = 150;

/** Markup an attacker would try; none of it may reach the page unescaped. */
const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</title><script>'];
const INJECTED = /<script>alert|<img src=x|<svg onload|<\/title><script>/i;

const PIECES = [
  ...PAYLOADS, ' ', '"', '«', '»', '-', 'OR', 'CCUE', 'Ségur', 'l’', "l'", 'négo', 'attractivité', 'des', 'le',
  '2020', '%', '&', '=', '+', '#', '?', '\\', '/', '\u00a0', '\n', '😀', 'é', '\u0301',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ minLength: 490, maxLength: 700 }),
);
/** Raw, possibly malformed query-string fragments (bad %-escapes, repeated or bracketed keys). */
const rawFragment = fc.constantFrom('', '&q=deux', '&q[]=x', '&q[a]=b', '&%', '&q=%E0%A4%A', '&q=%ZZ', '&page=%', '&=&&');

interface Params {
  q: string;
  page: string | null;
  year: string | null;
  report: string | null;
  raw: string;
}
const params: fc.Arbitrary<Params> = fc.record({
  q: text,
  page: fc.option(fc.oneof(fc.integer({ min: -3, max: 1e6 }).map(String), fc.string({ maxLength: 6 }))),
  year: fc.option(fc.oneof(fc.constantFrom('2020', '2024', '0', '99999', '2020.5', '1e3'), fc.string({ maxLength: 6 }))),
  report: fc.option(fc.oneof(fc.constantFrom('rapport-annuel-2020', 'retrospective-2024'), text)),
  raw: rawFragment,
});

function queryString(p: Params, names: { year: string; report: string }): string {
  const search = new URLSearchParams({ q: p.q });
  if (p.page !== null) search.set('page', p.page);
  if (p.year !== null) search.set(names.year, p.year);
  if (p.report !== null) search.set(names.report, p.report);
  return search.toString() + p.raw;
}

let server: RunningServer;
let dir: string;
let scriptTagsOnAPage: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuzz-http-'));
  const indexFile = join(dir, 'index.json');
  await saveIndexFile(indexFile, buildIndexData(FIXTURE_REPORTS, new Date('2025-01-01T00:00:00Z')));
  server = await startServer({ indexFile, corpusDir: dir, ...testedDatabase(), port: 0, host: '127.0.0.1', log: () => {} });
  const baseline = await (await fetch(`http://127.0.0.1:${server.port}/recherche?q=CCUE`)).text();
  scriptTagsOnAPage = countScriptTags(baseline);
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function countScriptTags(html: string): number {
  return (html.match(/<script/gi) ?? []).length;
}

// Hundreds of requests one after the other: 3–6 s alone, but once 30 s (the default limit) on PostgreSQL
// during a full run with every other suite on the same two cores. Correctness is what is asserted here.
const FUZZ_TIMEOUT_MS = 120_000;

describe('search endpoints under fuzzing (real HTTP)', () => {
  it('/recherche never fails with a 5xx and never echoes markup from the request', async () => {
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        const response = await fetch(`http://127.0.0.1:${server.port}/recherche?${queryString(p, { year: 'annee', report: 'rapport' })}`, {
          redirect: 'manual',
        });
        const html = await response.text();
        expect(response.status).toBeLessThan(500);
        expect(html).not.toMatch(INJECTED);
        if (response.status === 200) expect(countScriptTags(html)).toBe(scriptTagsOnAPage);
      }),
      { numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT_MS);

  it('/api/search never fails with a 5xx, always answers JSON, and escapes snippets', async () => {
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        const response = await fetch(`http://127.0.0.1:${server.port}/api/search?${queryString(p, { year: 'year', report: 'report' })}`);
        const body = await response.text();
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        const json = JSON.parse(body) as { results?: { snippet: string }[] };
        for (const result of json.results ?? []) expect(result.snippet).not.toMatch(/<(?!\/?mark>)/);
      }),
      { numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT_MS);
});
