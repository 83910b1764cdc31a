// « Sur le même sujet » on the real corpus: what a reader following a topic from one year to another
// should be offered, and the rules every list keeps.
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../src/search/archive';
import { findRelatedSections, subjectTerm } from '../../src/search/related';
import type { Section } from '../../src/types';
import { realArchive } from '../helpers/archive';

async function sectionTitled(archive: Archive, reportId: string, title: RegExp): Promise<Section> {
  const section = (await archive.report(reportId))?.sections.find((s) => title.test(s.title));
  if (!section) throw new Error(`Aucune section « ${title} » dans ${reportId}`);
  return section;
}

describe('related sections on the real corpus', () => {
  it('« Accord Ségur pour tous » (2024) lists a 2020 section about the Ségur', async () => {
    const archive = await realArchive();
    const accord = await sectionTitled(archive, 'retrospective-2024', /^Accord Ségur pour tous : une victoire/);
    const related = await archive.related(accord.reportId, accord.id);
    const about2020 = await Promise.all(related.filter((r) => r.year === 2020).map(async (r) => (await archive.section(r.reportId, r.sectionId))!));
    expect(about2020.some((s) => /Ségur/.test(s.title) || /Ségur/.test(s.text))).toBe(true);
    expect(related.map((r) => r.title)).toContain('Le Ségur de la santé');
  });

  it('a 2020 section on the attractiveness of the professions lists a 2024 section on the same subject', async () => {
    const archive = await realArchive();
    const attractiveness = await sectionTitled(archive, 'rapport-annuel-2020', /^2 — L'attractivité des métiers$/);
    const related = await archive.related(attractiveness.reportId, attractiveness.id);
    const from2024 = await Promise.all(related.filter((r) => r.year === 2024).map(async (r) => (await archive.section(r.reportId, r.sectionId))!));
    expect(from2024.some((s) => /attractivité/i.test(s.title))).toBe(true);
  });

  it('offers at most three sections, all from other reports, each once', async () => {
    const archive = await realArchive();
    let withRelated = 0;
    for (const report of await archive.reports()) {
      for (const section of (await archive.report(report.id))!.sections) {
        const related = await archive.related(section.reportId, section.id);
        expect(related.length).toBeLessThanOrEqual(3);
        expect(related.every((r) => r.reportId !== section.reportId)).toBe(true);
        expect(new Set(related.map((r) => r.sectionId)).size).toBe(related.length);
        if (related.length > 0) withRelated++;
      }
    }
    expect(withRelated).toBeGreaterThan(60);
  });

  it('answers nothing for a section the archive does not have', async () => {
    const archive = await realArchive();
    expect(await archive.related('rapport-annuel-2020', 'section-inconnue')).toEqual([]);
    expect(await archive.related('rapport-inconnu', 'le-segur-de-la-sante')).toEqual([]);
  });
});

describe('findRelatedSections', () => {
  const section = (reportId: string, id: string, title: string, text: string): Section =>
    ({ id, reportId, title, text, breadcrumb: [], level: 1, page: null });

  it('relates sections sharing their subject, never within one report, and leaves strangers alone', () => {
    const sections = [
      section('a', 'segur-a', 'Le Ségur de la santé', 'Les revalorisations du Ségur pour les soignants.'),
      section('a', 'budget-a', 'Le budget', 'Le financement des établissements et la revalorisation.'),
      section('b', 'segur-b', 'Ségur pour tous', 'L’accord Ségur étend les revalorisations aux soignants.'),
      section('b', 'jardin-b', 'Jardinage', 'Les tomates poussent au soleil du potager.'),
      section('c', 'numerique-c', 'Numérique', 'Les logiciels et la transformation numérique.'),
    ];
    const related = findRelatedSections(sections);
    expect(related[0]).toEqual([2]);
    expect(related[2]?.[0]).toBe(0);
    expect(related[3]).toEqual([]);
  });

  it.each([
    ['négociations', 'negoci'],
    ['Négocier', 'negoci'],
    ['CCUE', 'ccue'],
    ['2024', undefined],
    ['les', undefined],
  ])('« %s » counts as %s', (word, term) => {
    expect(subjectTerm(word)).toBe(term);
  });
});
