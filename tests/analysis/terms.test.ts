import { describe, expect, it } from 'vitest';
import { analyzeWord, countWords, foldAccents, indexTerms, tokenize } from '../../src/analysis';

/** The terms a query word would look up: its exact form and stems (what search uses). */
function queryTerms(word: string): string[] {
  const { exact, stems } = analyzeWord(word);
  return [exact, ...stems];
}

function shareATerm(a: string, b: string): boolean {
  const termsOfB = new Set(indexTerms(b));
  return queryTerms(a).some((term) => termsOfB.has(term));
}

describe('analyzeWord / indexTerms', () => {
  it.each([
    ['négociations', 'négociation'],
    ['négociations', 'négocier'],
    ['négocier', 'négociation'],
    ['financements', 'financement'],
    ['rémunérations', 'rémunération'],
    ['attractivite', 'attractivité'],
    ['solidarite', 'solidarité'],
    ['sociaux', 'social'],
  ])('« %s » finds « %s »', (query, text) => {
    expect(shareATerm(query, text)).toBe(true);
  });

  it('gives « Ségur », « segur » and « SEGUR » the same exact term', () => {
    const exacts = ['Ségur', 'segur', 'SEGUR'].map((w) => analyzeWord(w).exact);
    expect(new Set(exacts)).toEqual(new Set(['segur']));
  });

  it('keeps acronyms whole and never lets CCUE meet « accueil »', () => {
    const ccue = analyzeWord('CCUE');
    expect(ccue.kind).toBe('acronym');
    expect(ccue.exact).toBe('ccue');
    expect(ccue.stems).toEqual([]);
    const accueil = new Set([...indexTerms('accueil'), ...indexTerms('accueillir'), ...indexTerms('accueils')]);
    expect(queryTerms('CCUE').some((t) => accueil.has(t))).toBe(false);
  });

  it.each([
    ['médico-sociaux', ['medico-sociaux', 'medico', 'social']],
    ['SERAFIN-PH', ['serafin-ph', 'serafin', 'ph']],
    ['CCN66', ['ccn66', 'ccn', '66']],
    ['49.3', ['49.3']],
  ])('indexes the compound « %s » whole and by parts', (word, expected) => {
    expect(indexTerms(word)).toEqual(expect.arrayContaining(expected));
  });

  it.each(['le', 'la', 'des', 'et', 'pour'])('drops the stop word « %s »', (word) => {
    expect(indexTerms(word)).toEqual([]);
  });

  it.each(['pas', 'non', 'plus', 'santé', 'travail', 'sans', 'personnes'])('keeps « %s », which carries meaning here', (word) => {
    expect(indexTerms(word).length).toBeGreaterThan(0);
  });

  it('indexes the folded word next to its stem, so a typed prefix still matches', () => {
    const terms = indexTerms('négociations');
    expect(terms).toContain('negociations');
    expect(terms.some((t) => t.startsWith('negoc'))).toBe(true);
  });
});

describe('tokenize', () => {
  it.each([
    ['l’attractivité', 'attractivité'],
    ["l'attractivité", 'attractivité'],
    ['d’AXESS', 'AXESS'],
    ['qu’elle', 'elle'],
    ['jusqu’en', 'en'],
    ['L’UDAF', 'UDAF'],
    ['aujourd’hui', 'aujourd’hui'],
  ])('removes the elision in « %s » → « %s »', (text, word) => {
    expect(tokenize(text).map((t) => t.surface)).toEqual([word]);
  });

  it('keeps numbers, acronyms and hyphenated words whole, with offsets into the text', () => {
    const text = 'Le 49.3, la CCN66 et le médico-social : 9,96 %';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.surface)).toEqual(['Le', '49.3', 'la', 'CCN66', 'et', 'le', 'médico-social', '9,96']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.surface);
  });

  it('treats NBSP and thin spaces as separators', () => {
    expect(tokenize('Nexem\u00a0: 3\u2009%\u202fplus').map((t) => t.surface)).toEqual(['Nexem', '3', 'plus']);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['— : ; !', 0],
    ['l’attractivité des métiers', 3],
    ['Le 49.3, la CCN66 et le médico-social : 9,96 %', 8],
    ['Nexem\u00a0: 3\u2009%\u202fplus', 3],
    // NFKC: the ligature and the composed accent count as the words they read as.
    ['ﬁnancement Se\u0301gur', 2],
  ])('counts the words of « %s » as tokenize finds them (%i)', (text, count) => {
    expect(countWords(text)).toBe(count);
    expect(countWords(text)).toBe(tokenize(text).length);
  });
});

describe('foldAccents', () => {
  it.each([
    ['Élève', 'Eleve'],
    ['œuvre', 'oeuvre'],
    ['Cœur', 'Coeur'],
    ['ex æquo', 'ex aequo'],
    ['français', 'francais'],
    ['Île-de-France', 'Ile-de-France'],
  ])('%s → %s', (input, folded) => {
    expect(foldAccents(input)).toBe(folded);
  });
});
