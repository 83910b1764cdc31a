import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resumeCutSentences } from '../../../src/ingest/text/cut-sentences';
import { parseExtractedText } from '../../../src/ingest/text/parse-extracted-text';

const join = (start: string, end: string) => `${start} ${end}`;
const section = (title: string, ...paragraphs: string[]) => ({ title, paragraphs });

describe('resumeCutSentences', () => {
  it('puts a section’s lower-case opening back after the sentence it finishes in the section before', () => {
    const resumed = resumeCutSentences(
      [section('Avant', 'Pour ce faire, la fédération a construit', 'Un encadré fini.'), section('Après', 'un partenariat avec l’université.', 'Suite.')],
      join,
    );
    expect(resumed).toEqual([
      section('Avant', 'Pour ce faire, la fédération a construit un partenariat avec l’université.', 'Un encadré fini.'),
      section('Après', 'Suite.'),
    ]);
  });

  it.each([
    ['the section before ends its sentences', ['Une phrase finie.'], 'dans le même temps.'],
    ['the candidate is a figure with its label', ['10 vidéos thématiques'], 'impactent les structures.'],
    ['the candidate leaves a quotation open that the fragment does not close', ['Elle rappelle que la santé est « la toute première'], 'dans sa déclaration.'],
    ['the candidate is a signature', ['Cyril Durand, directeur général'], 'et la suite.'],
    ['the section opens in upper case', ['Pour ce faire, Nexem a construit'], 'Un partenariat.'],
  ])('leaves the text in place when %s', (_why, before, opening) => {
    const sections = [section('Avant', ...before), section('Après', opening, 'Suite.')];
    expect(resumeCutSentences(sections, join)).toEqual(sections);
  });
});

describe('cut sentences in the 2024 report', () => {
  const report = readFileSync(new URL('../../../corpus/retrospective-2024.txt', import.meta.url), 'utf8');
  const outline = parseExtractedText([report]).outline;

  it('continues « Pour ce faire, Nexem a construit » with its partnership, out of the next section', () => {
    const managerial = outline.find((entry) => entry.title.startsWith('Lancement d’un dispositif d’accompagnement managérial'));
    expect(managerial?.text).toContain('Pour ce faire, Nexem a construit un partenariat avec le CNAM');
    const next = outline.find((entry) => entry.title.startsWith('Renforcer l’accompagnement adhérents'));
    expect(next?.text).not.toContain('un partenariat avec le CNAM');
  });
});
