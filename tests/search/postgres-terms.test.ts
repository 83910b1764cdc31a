// What the PostgreSQL backend indexes and asks for: pure functions, no database needed.
import { describe, expect, it } from 'vitest';
import { createQueryCompiler } from '../../src/search/postgres/query-compiler';
import { compileTsQuery, coveringQuery } from '../../src/search/postgres/tsquery';
import { quoteLexeme, sectionVector, sequenceCodes, sequenceLexeme } from '../../src/search/postgres/tsvector';
import { createEquivalents, longFormKeys } from '../../src/search/widening';
import { compileQuery } from '../../src/search/query-expression';
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
    ['"Ségur pour tous"', ['segur', 'tous']],
    ['CCN66', ['ccn66', 'ccn', '66']],
    ['CCUE -financement', ['ccue']],
  ])('gives the terms of %j whose champion lists hold its candidates, exclusions and stop words left out', (q, terms) => {
    expect(compile(q).terms.sort()).toEqual([...terms].sort());
  });
});

describe('sequences coded at reindex (an acronym\'s long form)', () => {
  const acronyms = [{ acronym: 'CCUE', longForm: 'convention collective unique et étendue', sections: 3 }];
  const codes = sequenceCodes(longFormKeys(acronyms));
  const lexeme = sequenceLexeme(longFormKeys(acronyms)[0]!);
  const vectorOf = (section: { title: string; breadcrumb: string[]; text: string }) => sectionVector(section, codes);

  it.each([
    ['in a text', { title: 'Négociations', breadcrumb: [], text: 'La Convention collective unique et étendue, enfin.' }, 'C'],
    ['in a title, plural and without accents', { title: 'Conventions collectives uniques et etendues', breadcrumb: [], text: 'Rien.' }, 'A'],
  ])('gives a section holding it %s one lexeme for it', (_where, section, weight) => {
    const vector = vectorOf(section);
    expect(vector.sequences).toEqual([lexeme]);
    expect(vector.literal).toMatch(new RegExp(`${quoteLexeme(lexeme)}:\\d+${weight}`));
  });

  it.each([
    ['in a breadcrumb only', { title: 'Négociations', breadcrumb: ['Convention collective unique et étendue'], text: 'Rien.' }],
    ['with another word between them', { title: 'Négociations', breadcrumb: [], text: 'La convention collective nationale unique et étendue.' }],
    ['across the title and the text', { title: 'Convention collective', breadcrumb: [], text: 'Unique et étendue.' }],
  ])('gives none to a section holding its words %s', (_where, section) => {
    expect(vectorOf(section).sequences).toEqual([]);
    expect(vectorOf(section).literal).not.toContain(quoteLexeme(lexeme));
  });

  it('widens a query for the acronym to that lexeme when the generation coded it, to the sequence otherwise', () => {
    const vocabularyWithForm = createVocabularyLookup([['CCUE', 4], ['convention', 3], ['collective', 3], ['unique', 3], ['étendue', 3]]);
    const options = { ...vocabularyCompileOptions(vocabularyWithForm), equivalents: createEquivalents({ acronyms, vocabulary: vocabularyWithForm }) };
    const parsed = parseQuery('CCUE');
    const { widened } = compileQuery(parsed, options);
    const coded = compileTsQuery(parsed, options, vocabularyWithForm, widened, new Set([lexeme]));
    const plain = compileTsQuery(parsed, options, vocabularyWithForm, widened);
    expect(coded.all).toBe(`('ccue' | ${quoteLexeme(lexeme)})`);
    expect(plain.all).toContain("<->");
    // The timeline still counts the long form's marks as a sequence.
    expect(coded.marks.keySequences).toEqual(plain.marks.keySequences);
  });
});

describe('matchesBound', () => {
  // With the generation's terms, as a served archive has them: the last word completes among them.
  const compiler = createQueryCompiler({ vocabulary: [['secteur', 40], ['Ségur', 7], ['tous', 30]], postings: [['secteur', 40], ['segur', 7], ['tous', 30]], acronyms: [] });
  const bound = (q: string) => {
    const prepared = compiler.prepare(q, true);
    return 'bound' in prepared ? prepared.bound : undefined;
  };
  it.each([
    ['Ségur', 7],
    ['"Ségur pour tous"', 37],
    ['Ségur secteur', 7],
    ['"de la" secteur', 40],
    ['"de la"', Infinity],
  ])('bounds the matches of %j by %d', (q, expected) => {
    expect(bound(q)).toBe(expected);
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
