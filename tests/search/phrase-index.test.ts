// The sections' words coded at reindex: a phrase is found where the analysed words have it, and only there.
import { describe, expect, it } from 'vitest';
import { buildPhraseIndex, codeWidth, createPhraseLookup } from '../../src/search/phrase-index';
import { containsPhrase } from '../../src/search/query-expression';
import { analyseText } from '../../src/search/section-words';
import { loadRealReports } from '../helpers/corpus';

describe('codeWidth', () => {
  it.each([
    [1, 1],
    [91, 1],
    [92, 2],
    [91 * 91, 2],
    [91 * 91 + 1, 3],
  ])('%i words need codes of %i characters', (count, width) => {
    expect(codeWidth(count)).toBe(width);
  });
});

/** 200 distinct words of letters only (« zaab », « zaac »…), so their codes take two characters. */
const WORDS = Array.from({ length: 200 }, (_, i) => `z${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + (i % 26))}x`);

describe('a phrase index', () => {
  it('never finds a word across the codes of two others', () => {
    // Ids follow first appearance: the first section gives WORDS[i] the id i. With two characters a
    // code, ids 1 and 182 are written « #$ » and « %# »; « $% » between them is the code of id 93.
    const sections = [
      { title: '', text: WORDS.join(' ') },
      { title: '', text: `${WORDS[1]} ${WORDS[182]}` },
      // The same straddling code first, then the word itself: found past the misaligned occurrence.
      { title: '', text: `${WORDS[1]} ${WORDS[182]} ${WORDS[93]}` },
    ];
    const data = buildPhraseIndex(sections);
    expect(data.width).toBe(2);
    expect(data.sections[1]![1]).toContain(data.sections[0]![1].slice(93 * 2, 94 * 2));
    const lookup = createPhraseLookup(data);
    expect(lookup.hasPhrase(1, [WORDS[93]!])).toBe(false);
    expect(lookup.hasPhrase(0, [WORDS[93]!])).toBe(true);
    expect(lookup.hasPhrase(1, [WORDS[1]!, WORDS[182]!])).toBe(true);
    expect(lookup.hasPhrase(1, [WORDS[182]!, WORDS[1]!])).toBe(false);
    expect(lookup.hasPhrase(2, [WORDS[93]!])).toBe(true);
  });

  it('finds nothing for a word no section has, nor for an empty phrase', () => {
    const lookup = createPhraseLookup(buildPhraseIndex([{ title: 'Un titre', text: 'du texte' }]));
    expect(lookup.hasPhrase(0, ['inconnu'])).toBe(false);
    expect(lookup.hasPhrase(0, [])).toBe(false);
    expect(lookup.hasPhrase(0, ['titre'])).toBe(true);
  });

  it('agrees with the analysed words of every real section, in its title and its text, for phrases and match keys', async () => {
    const sections = (await loadRealReports()).flatMap((report) => report.sections);
    const lookup = createPhraseLookup(buildPhraseIndex(sections));
    let checked = 0;
    sections.forEach((section, index) => {
      const title = analyseText(section.title);
      const text = analyseText(section.text);
      // Every third run of two and three words of the text is there; the same words shifted by one
      // position are there exactly when the analysed words have them too.
      for (let i = 0; i + 3 <= text.phraseWords.length; i += 3) {
        const phrase = { words: text.phraseWords.slice(i, i + 1 + (i % 2) + 1) };
        expect(lookup.hasPhrase(index, phrase.words)).toBe(true);
        const shifted = { words: [phrase.words[1]!, phrase.words[0]!] };
        expect(lookup.hasPhrase(index, shifted.words)).toBe(containsPhrase(text.phraseWords, shifted) || containsPhrase(title.phraseWords, shifted));
        checked++;
      }
      if (title.phraseWords.length > 0) expect(lookup.hasPhrase(index, title.phraseWords)).toBe(true);
      for (let i = 0; i + 2 <= text.keys.length; i += 5) expect(lookup.hasKeys(index, text.keys.slice(i, i + 2))).toBe(true);
    });
    expect(checked).toBeGreaterThan(1000);
  });
});
