import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExtractedText } from '../../../src/ingest/text/parse-extracted-text';
import { dropRepeatedLines, mergeStrayLabels } from '../../../src/ingest/text/tidy-sections';

const section = (title: string, ...paragraphs: string[]) => ({ title, paragraphs });
const report2024 = parseExtractedText([readFileSync(new URL('../../../corpus/retrospective-2024.txt', import.meta.url), 'utf8')]);

describe('dropRepeatedLines', () => {
  it.each([
    ['a short label printed twice', ['85/100', 'Total : 11 358', 'Total : 11 358'], ['85/100', 'Total : 11 358']],
    ['a long sentence said twice stays', ['Nexem porte la voix des employeurs du secteur, partout en France.', 'Nexem porte la voix des employeurs du secteur, partout en France.'], ['Nexem porte la voix des employeurs du secteur, partout en France.', 'Nexem porte la voix des employeurs du secteur, partout en France.']],
    ['different labels stay', ['2 salariés', '3 salariés'], ['2 salariés', '3 salariés']],
  ])('%s', (_case, paragraphs, expected) => {
    expect(dropRepeatedLines(section('T', ...paragraphs)).paragraphs).toEqual(expected);
  });
});

describe('mergeStrayLabels', () => {
  it('a section of a figure or two goes into the one before, under its own title', () => {
    const merged = mergeStrayLabels([section('Chiffres', 'Une phrase complète sur les adhérents.'), section('Index égalité', '85/100')]);
    expect(merged).toEqual([section('Chiffres', 'Une phrase complète sur les adhérents.', 'Index égalité', '85/100')]);
  });

  it('a short section that says a sentence stays on its own', () => {
    const sections = [section('Avant', 'Du texte.'), section('Bref', 'Nexem a signé.')];
    expect(mergeStrayLabels(sections)).toEqual(sections);
  });

  it('on the 2024 report: no section is only a few labels or figures, and « Total : 11 358 » is not doubled', () => {
    for (const entry of report2024.outline.filter((item) => item.text !== '')) {
      expect(entry.text.length, entry.title).toBeGreaterThanOrEqual(40);
      expect(entry.text).not.toMatch(/Total : 11 358\n\nTotal : 11 358/u);
    }
    const index = report2024.outline.find((entry) => entry.text.includes('Index égalité hommes-femmes\n\n85/100'));
    expect(index?.title).toBe('Répartition des établissements et services par taille de structure');
  });
});
