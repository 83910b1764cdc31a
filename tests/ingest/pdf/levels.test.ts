import { describe, expect, it } from 'vitest';
import type { Heading } from '../../../src/ingest/pdf/layout/headings';
import { withoutSkippedLevels } from '../../../src/ingest/pdf/layout/levels';

/** Headings from « level title » strings, in document order. */
function outline(entries: string[]): Heading[] {
  return entries.map((entry, index) => {
    const [level, ...words] = entry.split(' ');
    return { first: index, last: index, title: words.join(' '), level: Number(level), page: 1, style: { size: 20 - Number(level), bold: true } };
  });
}

describe('heading levels checked against their nesting', () => {
  it.each<[string, string[], string[]]>([
    [
      'a box’s title, once, between the chapters and the sections the other chapters hold directly, joins the sections',
      ['1 Dialogue social', '3 Un calendrier resserré', '1 Attractivité', '2 En chiffres', '3 Une enquête', '3 Des causes', '1 Comptes', '3 Une situation saine'],
      ['1 Dialogue social', '2 Un calendrier resserré', '1 Attractivité', '2 En chiffres', '2 Une enquête', '2 Des causes', '1 Comptes', '2 Une situation saine'],
    ],
    [
      'a level of several headings stays, though one part goes straight to the level below (« En bref » and its briefs)',
      ['1 À la une', '2 Petite enfance', '3 Chiffres clés', '1 Vie du réseau', '2 La Maison', '2 Participation', '1 En bref', '3 Un centre', '3 Bienvenue', '3 Un guide'],
      ['1 À la une', '2 Petite enfance', '3 Chiffres clés', '1 Vie du réseau', '2 La Maison', '2 Participation', '1 En bref', '3 Un centre', '3 Bienvenue', '3 Un guide'],
    ],
    [
      'a level used once between sections of its part stays (an interview within a file, over its own sections)',
      ['1 Dossier', '3 Un constat', '3 Des pistes', '2 Entretien avec Claire Bonnet', '3 Un métier de l’écoute', '3 Des situations conflictuelles', '1 Vie du réseau', '3 Un nouveau site'],
      ['1 Dossier', '3 Un constat', '3 Des pistes', '2 Entretien avec Claire Bonnet', '3 Un métier de l’écoute', '3 Des situations conflictuelles', '1 Vie du réseau', '3 Un nouveau site'],
    ],
    [
      'a level used once that holds the level below where it appears stays',
      ['1 Chapitre', '2 Une section', '3 Un point', '3 Un autre point'],
      ['1 Chapitre', '2 Une section', '3 Un point', '3 Un autre point'],
    ],
  ])('%s', (_name, entries, expected) => {
    expect(withoutSkippedLevels(outline(entries)).map((h) => `${h.level} ${h.title}`)).toEqual(expected);
  });

  it('joins two box titles set in two one-off styles to the sections, the one above once the one below has joined them', () => {
    // « ZOOM » 11 pt mid-section, « Agenda » 12 pt closing the last part, the sections 10.5 pt, an interview 13 pt.
    const headings = outline([
      '1 Protection des majeurs', '5 Un contrôle renforcé', '4 ZOOM', '5 Des familles informées',
      '1 Dossier', '5 Une demande en hausse', '2 Entretien avec Claire Bonnet', '5 Un métier de l’écoute', '5 Des situations conflictuelles',
      '1 Vie du réseau', '5 Assemblée générale', '5 Trois adhérentes', '3 Agenda',
    ]);
    const sized = headings.map((h) => (h.title === 'ZOOM' ? { ...h, style: { size: 15.5, bold: true } } : h));
    expect(withoutSkippedLevels(sized).map((h) => `${h.level} ${h.title}`)).toEqual([
      '1 Protection des majeurs', '3 Un contrôle renforcé', '3 ZOOM', '3 Des familles informées',
      '1 Dossier', '3 Une demande en hausse', '2 Entretien avec Claire Bonnet', '3 Un métier de l’écoute', '3 Des situations conflictuelles',
      '1 Vie du réseau', '3 Assemblée générale', '3 Trois adhérentes', '3 Agenda',
    ]);
  });

  it('joins a box title half a point larger than the sections to them, though its frame floats mid-section', () => {
    const headings = outline(['1 Nos actions', '3 L’accueil', '2 En bref', '3 Le répit', '1 Perspectives', '3 Un projet']);
    const boxTitle = headings.map((h) => (h.title === 'En bref' ? { ...h, style: { size: 17.5, bold: true } } : h));
    expect(withoutSkippedLevels(boxTitle).map((h) => `${h.level} ${h.title}`)).toEqual(['1 Nos actions', '2 L’accueil', '2 En bref', '2 Le répit', '1 Perspectives', '2 Un projet']);
  });
});
