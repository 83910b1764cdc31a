// Champion lists: where each term weighs most, computed at reindex. Pure: no database needed.
import { describe, expect, it } from 'vitest';
import { collectTermStatistics } from '../../src/search/postgres/champions';
import type { Section } from '../../src/types';

const section = (id: string, title: string, text: string, breadcrumb: string[] = []): Section =>
  ({ id, reportId: 'r', title, breadcrumb, level: 1, page: null, text });

describe('collectTermStatistics', () => {
  it.each([
    ['a title before a text', [section('a', 'Autre', 'Le quinoa.'), section('b', 'Le quinoa', 'Autre chose.')], [1, 0]],
    ['more occurrences before fewer', [section('a', 'A', 'Le quinoa pousse.'), section('b', 'B', 'Le quinoa, le quinoa, le quinoa.')], [1, 0]],
    ['a short section before a long one, at one occurrence each', [
      section('a', 'A', `Le quinoa. ${'Des mots sans rapport aucun, variés et nombreux, pour allonger. '.repeat(3)}${'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda '.repeat(2)}`),
      section('b', 'B', 'Le quinoa.'),
    ], [1, 0]],
    ['the earlier section at equal weight', [section('a', 'A', 'Le quinoa.'), section('b', 'B', 'Le quinoa.')], [0, 1]],
  ])('ranks %s', (_what, sections, expected) => {
    expect(collectTermStatistics(sections, sections.map(() => 1)).champions.get('quinoa')).toEqual(expected);
  });

  it('weighs the prose boost: a list of figures ranks below a paragraph', () => {
    const sections = [section('a', 'A', 'Le quinoa.'), section('b', 'B', 'Le quinoa.')];
    expect(collectTermStatistics(sections, [0.5, 1]).champions.get('quinoa')).toEqual([1, 0]);
  });

  it('keeps the best `perTerm` sections of a term, whatever their order of arrival', () => {
    // Ten words each, of which section k says « quinoa » k + 1 times (at most 10): the best are the last ones.
    const sections = Array.from({ length: 50 }, (_, k) => {
      const times = Math.min(k, 9) + 1;
      return section(`s${k}`, 'Section', `${'quinoa '.repeat(times)}${'lentille '.repeat(10 - times)}`);
    });
    // Sections 9 to 49 say it ten times each: the earliest of them are kept.
    expect(collectTermStatistics(sections, sections.map(() => 1), 3).champions.get('quinoa')).toEqual([9, 10, 11]);
  });

  it('counts postings as the embedded engine does: sections × fields holding the term', () => {
    const sections = [section('a', 'Le quinoa', 'Le quinoa encore.', ['Quinoa']), section('b', 'B', 'Le quinoa.')];
    const { postings, champions } = collectTermStatistics(sections, [1, 1]);
    expect(postings.get('quinoa')).toBe(4);
    expect(champions.get('quinoa')).toEqual([0, 1]);
  });
});
