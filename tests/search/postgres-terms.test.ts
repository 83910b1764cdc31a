// What the PostgreSQL backend indexes and asks for: pure functions, no database needed.
import { describe, expect, it } from 'vitest';
import { compileTsQuery, coveringQuery } from '../../src/search/postgres/tsquery';
import { quoteLexeme, sectionVector } from '../../src/search/postgres/tsvector';
import { vocabularyCompileOptions } from '../../src/search/query-plan';
import { parseQuery } from '../../src/search/query-parser';
import { createVocabularyLookup } from '../../src/search/vocabulary';

const vocabulary = createVocabularyLookup([['négociations', 5], ['CCUE', 4], ['Laforcade', 3], ['accueil', 2], ['attractivité', 2]]);
const compile = (q: string) => compileTsQuery(parseQuery(q), vocabularyCompileOptions(vocabulary), vocabulary);

describe('sectionVector', () => {
  const vector = sectionVector({ title: 'La CCN66', breadcrumb: ['Accueil'], text: 'Le Ségur pour tous, l’attractivité.' }).literal;
  it.each([
    ["the title's words with weight A", "'ccn66':2A"],
    ['a compound by its parts, one position each', "'66':2A,3A"],
    ['the breadcrumb with weight B', "'accueil':"],
    ['folded words with weight C', "'segur':"],
    ['stop words, so phrases keep their gaps', "'pour':"],
    ['stems of the accented and the folded word', "'attract':"],
    ['the positions inside a compound, so a word is counted once', "'¤':3A"],
  ])('holds %s', (_what, expected) => {
    expect(vector).toContain(expected);
  });

  it('gives match keys positions of their own, stop words left out: « Ségur pour tous » is two keys in a row', () => {
    const position = (term: string) => Number(vector.match(new RegExp(`'${term}':(\\d+)`))?.[1]);
    expect(position('§tous') - position('§segur')).toBe(1);
    expect(position('tous') - position('segur')).toBe(2);
  });

  it('never lets a phrase run from the title into the text', () => {
    const position = (term: string) => Number(vector.match(new RegExp(`'${term}':(\\d+)`))?.[1]);
    expect(position('le') - position('66')).toBeGreaterThan(1);
  });

  it.each([["aujourd'hui", "'aujourd''hui'"], ['a\\b', "'a\\\\b'"]])('quotes %j as %j', (term, quoted) => {
    expect(quoteLexeme(term)).toBe(quoted);
  });
});

describe('compileTsQuery', () => {
  it.each([
    ['CCUE', "'ccue'"],
    ['négo', "'nego':*"],
    ['Laforcde', "('laforcde':* | 'laforcd' | 'laforcade')"],
    ['"Ségur pour tous"', "('segur':AC <-> 'pour':AC <-> 'tous':AC)"],
    ['CCUE -financement', "'ccue' & !('financement' | 'financ')"],
    ['CCUE -"pour tous"', "'ccue' & !('pour':AC <-> 'tous':AC)"],
    ['CCN66', "('ccn66' | ('ccn' & '66'))"],
    ['Laforcade OU CCUE', "(('laforcade' | 'laforcad') | 'ccue')"],
  ])('%j → %s', (q, all) => {
    expect(compile(q).all).toBe(all);
  });

  it('falls back to any word, and ranks the exact words typed higher', () => {
    const compiled = compile('CCUE licorne');
    expect(compiled).toMatchObject({ all: "('ccue' & ('licorne':* | 'licorn'))", any: "('ccue' | ('licorne':* | 'licorn'))", exact: "('ccue' | 'licorne')", groups: ["'ccue'", "('licorne':* | 'licorn')"] });
  });

  it('has nothing to search for exclusions alone', () => {
    expect(compile('-CCUE')).toMatchObject({ all: undefined, any: undefined, groups: [] });
  });

  it.each([
    ['Laforcde', ['laforcde', 'laforcd', 'laforcade']],
    ['"Ségur pour tous"', ['segur', 'pour', 'tous']],
    ['CCN66', ['ccn66', 'ccn', '66']],
    ['CCUE -financement', ['ccue']],
  ])('gives the terms of %j whose champion lists hold its candidates, exclusions left out', (q, terms) => {
    expect(compile(q).terms.sort()).toEqual([...terms].sort());
  });
});

describe('coveringQuery', () => {
  it.each([
    [['a', 'b', 'c'], 2, '((a & b) | (a & c) | (b & c))'],
    [['a', 'b', 'c', 'd'], 3, '((a & b & c) | (a & b & d) | (a & c & d) | (b & c & d))'],
    [['a', 'b'], 2, '(a & b)'],
    [['a', 'b', 'c'], 1, '(a | b | c)'],
  ])('any of %j, %i at least: %s', (groups, minimum, expected) => {
    expect(coveringQuery(groups, minimum)).toBe(expected);
  });
});
