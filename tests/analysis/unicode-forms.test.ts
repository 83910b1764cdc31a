import { describe, expect, it } from 'vitest';
import { normalizeForms, tokenize } from '../../src/analysis';
import { NFKC_STABLE } from '../../src/analysis/unicode-forms';

describe('normalizeForms', () => {
  it('skips only characters that NFKC leaves unchanged (the fast path must never skip a change)', () => {
    const unstable: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (NFKC_STABLE.test(char) && char.normalize('NFKC') !== char) unstable.push(`U+${code.toString(16)}`);
    }
    expect(unstable).toEqual([]);
  });

  it.each([
    ['Ségur', 'Ségur'],
    ['Se\u0301gur', 'Ségur'],
    ['ＣＣＵＥ', 'CCUE'],
    ['ﬁnancement…', 'financement...'],
    ['l’accueil', 'l’accueil'],
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
