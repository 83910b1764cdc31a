import { describe, expect, it } from 'vitest';
import { normalizeForms, tokenize } from '../../src/analysis';

describe('normalizeForms', () => {
  it.each([
    ['Ségur', 'Ségur'],
    ['Se\u0301gur', 'Ségur'],
    ['ＣＣＵＥ', 'CCUE'],
    ['ﬁnancement…', 'financement...'],
    ['l’accueil', 'l’accueil'],
    ['e\u0301te\u0301 ２０２４…', 'été 2024...'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeForms(text).text).toBe(expected);
  });
});

describe('tokenize after NFKC', () => {
  // Offsets are in the original text, so a highlight wraps the word as the report writes it.
  it.each([
    ['le Se\u0301gur', 'Ségur', 'Se\u0301gur'],
    ['la ＣＣＵＥ', 'CCUE', 'ＣＣＵＥ'],
    ['…l’ﬁnancement…', 'financement', 'ﬁnancement'],
    ['« 2024 » et ½ Ségur', 'Ségur', 'Ségur'],
  ])('in %j, « %s » spans %j', (text, surface, written) => {
    const token = tokenize(text).find((t) => t.surface === surface);
    expect(token && text.slice(token.start, token.end)).toBe(written);
  });
});
