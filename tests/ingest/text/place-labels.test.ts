import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSections } from '../../../src/ingest/sections';
import { parseExtractedText } from '../../../src/ingest/text/parse-extracted-text';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const sectionsOf = (text: string) => buildSections('r', parseExtractedText([text]).outline);
const crumbs = (text: string) => Object.fromEntries(sectionsOf(text).map((section) => [section.title, section.breadcrumb.join(' › ')]));

describe('place labels (regions in capitals) name the regional items after them', () => {
  it('labels items by name, the rest of a named group in order, and stops at the first unnamed item after them', () => {
    const breadcrumbs = crumbs(read('../../fixtures/text/regional-labels.txt'));
    expect(breadcrumbs).toEqual({
      'Des rencontres avec les adhérents bretons': 'BRETAGNE',
      'Des groupes de travail RH en région': 'OCCITANIE',
      'Un partenariat pour l’économie sociale': 'PACA',
      'Des rencontres autour de l’ESS': 'NORMANDIE',
      'Un catalogue de formations enrichi': '',
    });
  });

  it('on the 2024 report: regions become breadcrumbs, never a section of their own', () => {
    const sections = sectionsOf(read('../../../corpus/retrospective-2024.txt'));
    const breadcrumb = (title: string) => sections.find((section) => section.title.startsWith(title))?.breadcrumb.join(' › ');
    expect(breadcrumb('Implication dynamique au sein du consortium Soli-Ker Breizh')).toBe('BRETAGNE');
    expect(breadcrumb('Lancement du Copil FAR')).toBe('PAYS DE LA LOIRE');
    expect(breadcrumb('Une stratégie partenariale en développement')).toBe('NORMANDIE');
    expect(breadcrumb('Projet Attractiv’QVCT')).toBe('PACA');
    expect(breadcrumb('Ségur pour tous : renforcement du dialogue')).toBe('GRAND EST');
    expect(breadcrumb('Le Manifeste Outre-Mer')).toBe('OUTRE-MER');
    expect(breadcrumb('Mise en place des conseillers entreprise')).toBe('NOUVELLE AQUITAINE');
    expect(breadcrumb('Implication dans le recrutement et la formation')).toBe('ILE-DE-FRANCE');
    expect(breadcrumb('Lancement des Groupes RH et RSO')).toBe('OCCITANIE');
    expect(breadcrumb('Immersion des conseillers France Travail')).toBe('CENTRE-VAL DE LOIRE');
    // Not a regional item: the chapter after the regions stands on its own.
    expect(breadcrumb('Une offre de services diversifiée')).toBe('');
    expect(breadcrumb('Un catalogue de formations enrichi')).toBe('');
    for (const section of sections) {
      expect(section.text).not.toMatch(/^(?:HAUTS-DE-FRANCE|BRETAGNE|CENTRE-VAL DE LOIRE|OCCITANIE|ILE-DE-FRANCE|OUTRE-MER)$/mu);
    }
  });
});
