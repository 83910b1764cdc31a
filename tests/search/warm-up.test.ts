// A new index is warmed before it serves, without holding the event loop and without changing answers.
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src/search/archive';
import { buildIndexData } from '../../src/search/index-data';
import { warmUp, warmUpQueries } from '../../src/search/warm-up';
import { loadRealReports } from '../helpers/corpus';

describe('warmUp', { timeout: 120_000 }, () => {
  it('runs every step of a small archive, yields to the event loop, and changes no answer', async () => {
    const data = buildIndexData(await loadRealReports(), new Date('2026-01-01'));
    const cold = createArchive(data);
    const warm = createArchive(data);
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    const steps = await warmUp(warm, { cpuMs: Number.POSITIVE_INFINITY, sliceMs: 0 });
    expect(timerFired).toBe(true);
    // Each warm-up query twice (plain, then filtered), then every section (the real archive is far
    // below the section-words capacity).
    expect(steps).toBe(2 * warm.warmUpQueries!().length + data.sections.length);
    for (const q of ['CCUE', '"prime covid"', 'négo', 'Laforcde']) {
      expect(await warm.search({ q })).toEqual(await cold.search({ q }));
    }
  });

  it('stops when its budget is spent', async () => {
    const archive = createArchive(buildIndexData(await loadRealReports(), new Date('2026-01-01')));
    expect(await warmUp(archive, { cpuMs: 0, sliceMs: 0 })).toBe(1);
  });
});

describe('warmUpQueries', () => {
  const queries = warmUpQueries({
    frequentWords: ['nexem', 'secteur', 'social', 'établissements', 'professionnels', 'de', 'accompagnement', 'santé', 'personnes',
      'travail', 'adhérents', 'métiers', 'projet', 'formation', 'emploi', 'politique'],
    acronyms: [{ acronym: 'CCUE', longForm: 'Convention collective unique étendue' }],
    synonyms: ['ehpad'],
  });
  // Each shape takes its own path through the parser, the compiler and the notices of a results page.
  const shapes: Array<[string, (q: string) => boolean]> = [
    ['a word', (q) => q === 'nexem'],
    ['two words', (q) => q === 'nexem secteur'],
    ['a word being typed', (q) => q === 'nexe'],
    ['a phrase', (q) => q === '"Convention collective unique étendue"'],
    ['an exclusion', (q) => q === 'secteur -nexem'],
    ['OU', (q) => q === 'nexem OU social'],
    ['accents left out', (q) => q === 'etablissements'],
    ['a question', (q) => q.startsWith('qu’est-ce que') && q.endsWith('?')],
    ['a typo (letters swapped)', (q) => q === 'étalbissements'],
    ['past the word limit', (q) => q.split(' ').length > 12],
    ['an acronym', (q) => q === 'CCUE'],
    ['its spelled-out form', (q) => q === 'convention collective unique étendue'],
    ['a thesaurus word', (q) => q === 'ehpad'],
  ];
  it.each(shapes)('has %s', (_shape, matches) => {
    expect(queries.some(matches)).toBe(true);
  });
});
