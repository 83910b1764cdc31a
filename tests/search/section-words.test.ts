import { describe, expect, it } from 'vitest';
import { analyseText, createSectionWords, phraseText } from '../../src/search/section-words';
import { FIXTURE_REPORTS } from '../fixtures/reports';

const sections = FIXTURE_REPORTS.flatMap((report) => report.sections);

describe('createSectionWords', () => {
  it('analyses each section once while it stays among the most recently used', () => {
    const words = createSectionWords(sections, 2);
    const first = words(0);
    words(1);
    expect(words(0)).toBe(first);
  });

  it('forgets the least recently used section past its capacity, and analyses it again the same way', () => {
    const words = createSectionWords(sections, 2);
    const first = words(0);
    words(1);
    words(2);
    const again = words(0);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('phrase words', () => {
  it.each(sections.map((section) => [section.title, section] as const))('of « %s » are those of the full analysis', (_title, section) => {
    const full = analyseText(section.text);
    expect(phraseText(section.text)).toEqual({ phraseWords: full.phraseWords, keys: full.keys });
  });

});
