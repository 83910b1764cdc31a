// Property-based fuzzing of the query language and of search as the web layer calls it: whatever a
// visitor types or pastes, the archive answers (no exception, no internal error hidden by the
// « never throws » guard) and highlighting never lets markup from the query or text through.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndexData } from '../../src/search/index-data';
import { createArchive } from '../../src/search/archive';
import { compileQuery } from '../../src/search/query-expression';
import { MAX_QUERY_LENGTH, parseQuery } from '../../src/search/query-parser';
import { FIXTURE_REPORTS } from '../fixtures/reports';

const RUNS = 300;

/** Pieces that exercise the grammar (quotes, negation, OR, elision, accents, markup) far more than random text. */
const PIECES = [
  ' ', '  ', '"', '«', '»', '“', '”', '-', '−', 'OR', 'or', 'CCUE', 'ccue', 'Ségur', 'segur', 'l’', "l'", 'd’',
  'négo', 'negociation', 'attractivité', 'des', 'le', 'de', 'la', 'métiers', 'CCN66', '2020', '100 %', '*', '?',
  '(', ')', ':', '\\', '/', '<script>alert(1)</script>', '<mark>', '&amp;', '\u00a0', '\u202f', '\t', '\n',
  '\u0301', 'é', 'œ', '😀', '\u200b', '\ufeff', '\ud800',
];

const grammarQuery = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyQuery = fc.oneof(
  grammarQuery,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ minLength: MAX_QUERY_LENGTH - 5, maxLength: MAX_QUERY_LENGTH * 3 }),
);

describe('query parser under fuzzing', () => {
  it('parses any string into bounded clauses made of real words, and compiles them', () => {
    fc.assert(
      fc.property(anyQuery, (input) => {
        const parsed = parseQuery(input);
        const clauses = [...parsed.groups.flat(), ...parsed.excluded];
        for (const clause of clauses) {
          const words = clause.type === 'word' ? [clause.surface] : clause.surfaces;
          for (const word of words) expect(word.trim()).not.toBe('');
        }
        expect(parsed.groups.length).toBeLessThanOrEqual(32);
        expect(() => compileQuery(parsed)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('archive search under fuzzing', () => {
  const archive = createArchive(buildIndexData(FIXTURE_REPORTS, new Date('2025-01-01T00:00:00Z')));
  afterEach(() => vi.restoreAllMocks());

  it('answers every query without an internal error, with well-formed pages and escaped snippets', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(anyQuery, fc.option(fc.integer({ min: -5, max: 50 })), async (q, page) => {
        errors.mockClear();
        const response = await archive.search({ q, page: page ?? undefined });
        expect(errors).not.toHaveBeenCalled();
        expect(response.hits.length).toBeLessThanOrEqual(response.limit);
        expect(response.page).toBeGreaterThanOrEqual(1);
        for (const hit of response.hits) {
          expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('highlights any text for any query with nothing but <mark> as markup', async () => {
    await fc.assert(
      fc.asyncProperty(anyQuery, fc.oneof(grammarQuery, fc.string({ maxLength: 300 })), async (q, text) => {
        const html = (await archive.highlighter(q))(text);
        expect(html).not.toMatch(/<(?!\/?mark>)/);
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      }),
      { numRuns: RUNS },
    );
  });

  it('suggests completions for any prefix without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(anyQuery, async (prefix) => {
        const suggestions = await archive.suggest(prefix);
        expect(suggestions.length).toBeLessThanOrEqual(8);
      }),
      { numRuns: RUNS },
    );
  });
});
