import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExtractedText } from '../../../src/ingest/text/parse-extracted-text';

const report2024 = parseExtractedText([readFileSync(new URL('../../../corpus/retrospective-2024.txt', import.meta.url), 'utf8')]);
const section = (title: string) => report2024.outline.find((entry) => entry.title === title);

// A narrow column whose last line ran into a title set across the page, then resumes after that title's text.
const layout = [
  'Rapport',
  '',
  'Un diplôme pour les managers',
  '',
  'Cette formation s’adresse aux managers ',
  'de proximité en poste ou en devenir. ',
  'Elle comprend dix séances alliant ',
  'théorie et pratique qui alternent ',
  'présentiel (au siège) Une conférence nationale des régions',
  '',
  'La conférence nationale des régions s’est tenue à Lille les 23 et 24 mai pour échanger sur la CCUE.',
  '',
  'et distanciel autour de diverses ',
  'thématiques d’actualité.',
].join('\n');

describe('a title glued to the last line of a column', () => {
  it('opens its own section, and the column it interrupted gets its resumption back', () => {
    const { outline } = parseExtractedText([layout]);
    expect(outline.map((entry) => entry.title)).toEqual(['Un diplôme pour les managers', 'Une conférence nationale des régions']);
    expect(outline[0]?.text).toContain('qui alternent présentiel (au siège) et distanciel autour de diverses thématiques d’actualité.');
    expect(outline[1]?.text).toBe('La conférence nationale des régions s’est tenue à Lille les 23 et 24 mai pour échanger sur la CCUE.');
  });

  it('on the 2024 report: « Mobilisation commune et co-construction » is a section, not words inside a paragraph', () => {
    expect(report2024.outline.some((entry) => entry.text.includes('Paris) Mobilisation commune'))).toBe(false);
    expect(section('Mobilisation commune et co-construction')?.text).toMatch(/^La Conférence nationale des régions qui s’est tenue à Lille/u);
    expect(section('Mobilisation commune et co-construction')?.text).not.toContain('Les bénéfices');
    expect(section('Renforcer l’accompagnement adhérents et cultiver la proximité terrain')?.text).toContain('présentiel (au CNAM à Paris) et distanciel');
  });
});
