import { describe, expect, it } from 'vitest';
import { bestLongForm, collectDefinitions, findDefinitions } from '../../src/search/acronym-definitions';
import { loadRealReports } from '../helpers/corpus';

describe('acronym definitions', () => {
  it.each([
    ['Nexem a signé avec l’Agence nationale d’appui à la performance (ANAP) un partenariat.', 'ANAP', 'Agence nationale d’appui à la performance'],
    ['le métier d’assistant aux projet et parcours de vie (APPV) a été lancé', 'APPV', 'assistant aux projet et parcours de vie'],
    ['l’expérimentation START (service territorial d’accès à des ressources transdisciplinaires. Il s’agit', 'START', 'service territorial d’accès à des ressources transdisciplinaires'],
    ['la CCUE (convention collective unique étendue) remplacera', 'CCUE', 'convention collective unique étendue'],
    ['Parcours d’innovation avec les professionnels et les personnes accompagnées (ou PIPPA)', 'PIPPA', 'Parcours d’innovation avec les professionnels et les personnes accompagnées'],
  ])('finds the definition in « %s »', (text, acronym, longForm) => {
    expect(findDefinitions(text)).toEqual([{ acronym, longForm }]);
  });

  it.each([
    ['avec la CNAPE (voir page 12)'],
    ['en 2020 (COVID)'],
    ['les adhérents (85 %)'],
    ['la loi (dite loi ASAP) du 7 décembre'],
  ])('finds none in « %s »', (text) => {
    expect(findDefinitions(text)).toEqual([]);
  });

  it('falls back to the letters inside the words when initials do not spell the acronym (Schwartz & Hearst)', () => {
    expect(bestLongForm('HDS', 'le Haut degré de solidarité')).toBe('Haut degré de solidarité');
  });

  it('lists a few definitions the real reports give', async () => {
    const reports = await loadRealReports();
    const definitions = collectDefinitions(reports.flatMap((report) => report.sections.map((section) => section.text)));
    const longFormOf = (acronym: string) => definitions.filter((d) => d.acronym === acronym).map((d) => d.longForm.toLowerCase());
    expect(longFormOf('ANAP')).toContain('agence nationale d\'appui à la performance');
    expect(longFormOf('SAD')).toContain('services autonomie à domicile');
    expect(longFormOf('CNAM')).toContain('conservatoire national des arts et métiers');
    expect(longFormOf('PLFSS')).toContain('projet de loi de financement de la sécurité sociale');
    expect(longFormOf('START')).toContain('service territorial d\'accès à des ressources transdisciplinaires');
  });
});
