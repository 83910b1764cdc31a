import { describe, expect, it } from 'vitest';
import { isQuestionFiller, readsAsQuestion, withoutInvertedSubject } from '../../src/analysis';
import { parseQuery } from '../../src/search/query-parser';

const surfaces = (query: string) => query.split(/\s+/).filter(Boolean);

describe('questions', () => {
  it.each([
    ['Où en est la convention collective unique ?', true],
    ['Combien de salariés représente Nexem', true],
    ['Comment Nexem aide-t-elle les associations', true],
    ['Est-ce que les alternants comptent', true],
    ['Pourquoi pas moi', false],
    ['convention collective unique', false],
    ['comment', false],
  ])('« %s » reads as a question: %s', (query, expected) => {
    expect(readsAsQuestion(query, surfaces(query))).toBe(expected);
  });

  it.each([
    ['aide-t-elle', 'aide'],
    ['représente-t-il', 'représente'],
    ['peut-on', 'peut'],
    ['médico-social', 'médico-social'],
    ['Saint-Pierre-et-Miquelon', 'Saint-Pierre-et-Miquelon'],
  ])('« %s » without its inverted subject is « %s »', (word, expected) => {
    expect(withoutInvertedSubject(word)).toBe(expected);
  });

  it.each([['combien', true], ['Comment', true], ['passer', true], ['ségur', false], ['salariés', false]])(
    '« %s » only frames a question: %s',
    (word, expected) => expect(isQuestionFiller(word)).toBe(expected),
  );

  it('keeps only the subject of a question as words to search', () => {
    const parsed = parseQuery('Comment se passe le dialogue social au niveau européen ?');
    expect(parsed.question).toBe(true);
    expect(parsed.groups.flat().map((clause) => (clause.type === 'word' ? clause.surface : ''))).toEqual(['dialogue', 'social', 'niveau', 'européen']);
  });

  it('takes a query without question form literally, interrogative words included', () => {
    const parsed = parseQuery('pourquoi pas moi');
    expect(parsed.question).toBe(false);
    expect(parsed.groups.flat().map((clause) => (clause.type === 'word' ? clause.surface : ''))).toEqual(['pourquoi', 'pas']);
  });
});
