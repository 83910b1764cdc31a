import { describe, expect, it } from 'vitest';
import { buildSections } from '../../src/ingest/sections';
import { slugify } from '../../src/ingest/slug';
import type { OutlineEntry } from '../../src/types';
import { loadRealReports } from '../helpers/corpus';

describe('slugify', () => {
  it.each([
    ['La mission Laforcade', 'la-mission-laforcade'],
    ["L'attractivité des métiers", 'l-attractivite-des-metiers'],
    ['1 — Une année de combat(s)', '1-une-annee-de-combat-s'],
    ['Un fonds de 600 M€', 'un-fonds-de-600-m'],
    ['Œuvrer « ensemble » !', 'oeuvrer-ensemble'],
    ['  ', 'section'],
    ['***', 'section'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts a long title at a hyphen, at most 80 characters', () => {
    const slug = slugify('Réunions de négociations au niveau du secteur des activités sanitaires, sociales et médico-sociales');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^reunions-de-negociations-[a-z0-9-]*[a-z0-9]$/);
    expect('reunions-de-negociations-au-niveau-du-secteur-des-activites-sanitaires-sociales-et-medico-sociales').toContain(slug);
    expect('reunions-de-negociations-au-niveau-du-secteur-des-activites-sanitaires-sociales-et-medico-sociales'.charAt(slug.length)).toBe('-');
  });
});

const entry = (title: string, level: number, text = 'Du texte.'): OutlineEntry => ({ title, level, page: null, text });

describe('buildSections', () => {
  it('numbers colliding slugs -2, -3 in document order, even against a real « x-2 » title', () => {
    const sections = buildSections('r', [entry('Bilan', 1), entry('Bilan 2', 1), entry('Bilan', 2), entry('Bilan', 2)]);
    expect(sections.map((section) => section.id)).toEqual(['bilan', 'bilan-2', 'bilan-3', 'bilan-4']);
  });

  it('builds breadcrumbs from the enclosing headings, outermost first', () => {
    const sections = buildSections('r', [
      entry('A', 1),
      entry('A.1', 2),
      entry('A.1.a', 3),
      entry('A.2', 2),
      entry('B', 1),
      entry('B.x', 3),
    ]);
    expect(sections.map((section) => [section.title, section.breadcrumb])).toEqual([
      ['A', []],
      ['A.1', ['A']],
      ['A.1.a', ['A', 'A.1']],
      ['A.2', ['A']],
      ['B', []],
      ['B.x', ['B']],
    ]);
    expect(sections.every((section) => section.reportId === 'r')).toBe(true);
  });

  it('skips headings without text but keeps them in their children’s breadcrumbs', () => {
    const sections = buildSections('r', [entry('Groupe', 1, '  '), entry('Enfant', 2), entry('Image seule', 2, '')]);
    expect(sections).toEqual([
      { id: 'enfant', reportId: 'r', title: 'Enfant', breadcrumb: ['Groupe'], level: 2, page: null, text: 'Du texte.' },
    ]);
  });

  it('gives the real corpus unique ids that do not change from one ingest to the next', async () => {
    const first = await loadRealReports();
    const second = await loadRealReports({ fresh: true });
    expect(first.length).toBe(2);
    for (const report of first) {
      const ids = report.sections.map((section) => section.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toBe(true);
    }
    expect(second.map((report) => report.sections.map((section) => section.id))).toEqual(
      first.map((report) => report.sections.map((section) => section.id)),
    );
  });
});
