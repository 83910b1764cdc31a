import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeApostrophes } from '../../../src/analysis';
import { parseExtractedText } from '../../../src/ingest/text/parse-extracted-text';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const report2024 = read('../../../corpus/retrospective-2024.txt');
const result = parseExtractedText([report2024]);
const titles = result.outline.map((entry) => entry.title);
const sectionTitled = (title: string) =>
  result.outline.find((entry) => normalizeApostrophes(entry.title) === normalizeApostrophes(title));
const everything = result.outline.map((entry) => `${entry.title}\n${entry.text}`).join('\n\n');

describe('parseExtractedText on the 2024 report (raw two-column PDF extraction)', () => {
  it('reads the document title and cuts the report into 40 to 120 sections', () => {
    expect(result.title).toBe('Rétrospective 2024');
    expect(result.outline.length).toBeGreaterThanOrEqual(40);
    expect(result.outline.length).toBeLessThanOrEqual(120);
  });

  it.each([
    ['CCUE : les négociations se poursuivent dans la tourmente politique', 'En parallèle de la bataille pour le financement du Ségur'],
    ['PLF et PLFSS : une contribution active à l’évolution des politiques publiques', 'Nexem s’est fortement investie dans le cadre du Projet de loi de finances'],
    ['Humanifest : un plan d’action ambitieux pour la refonte du secteur', 'Humanifest a pour but de repenser'],
    ['Accord Ségur pour tous : une victoire et la réparation d’une injustice', 'Le 4 juin, les partenaires sociaux signent'],
    ['Un contexte politique perturbé, entre dissolution et censure', 'Au lendemain des élections européennes de juin'],
  ])('has the section « %s » with its own text', (title, opening) => {
    expect(sectionTitled(title)?.text).toContain(opening);
  });

  it('titles a box with the all-caps title printed after it, and takes the box out of the section around it', () => {
    const box = sectionTitled('CCN66 : LE HAUT DEGRÉ DE SOLIDARITÉ EN SOUTIEN DES MAHORAIS');
    expect(box?.text.startsWith('Dans le champ de la convention collective 66')).toBe(true);
    expect(box?.text).toContain('Après que le cyclone Chido a balayé Mayotte');
    const others = result.outline.filter((entry) => entry !== box);
    expect(others.some((entry) => entry.text.includes('cyclone Chido'))).toBe(false);
  });

  it('keeps every title short, every section non-empty and every paragraph on one clean line', () => {
    for (const [index, entry] of result.outline.entries()) {
      expect(entry.title.length).toBeLessThanOrEqual(160);
      expect(entry.page).toBeNull();
      // An entry without text only names the level-2 entries under it.
      if (entry.text === '') {
        expect(entry.level).toBe(1);
        expect(result.outline[index + 1]?.level).toBe(2);
        continue;
      }
      for (const paragraph of entry.text.split('\n\n')) {
        expect(paragraph).not.toMatch(/^$|\n|^\s|\s$| {2}/);
      }
    }
  });

  it('rejects chart labels, figures, timeline months and signatures as titles', () => {
    const sectionTitles = result.outline.filter((entry) => entry.text !== '').map((entry) => entry.title);
    for (const title of ['NORMANDIE', '122', '3 500', 'OCTOBRE', 'PAYS DE LA LOIRE', 'Emmanuel Afonso', 'Total : 11 358']) {
      expect(sectionTitles).not.toContain(title);
    }
    expect(titles).not.toContain('OCTOBRE');
    expect(sectionTitles.filter((title) => /^(?:[\d\s%,./]+|[A-ZÉÈÀ -]+)$/u.test(title))).toEqual([]);
    expect(titles.filter((title) => /^Cyril Durand|^Françoise Fromageau|^Julien Damon/.test(title))).toEqual([]);
  });

  it('never leaves « Nexem » split by its drop cap, and re-attaches the other drop caps', () => {
    expect(everything).not.toMatch(/\bexem\b/i);
    expect(everything).toContain('Nexem a initié un travail systémique');
    expect(everything).toContain('Nexem s’est fortement investie');
    expect(everything).toContain('Nexem a investi le sujet de la transformation numérique');
    for (const opening of [
      'Fin 2023 déjà',
      'Autre élément de contexte',
      'Tout au long de l’année 2024',
      'En janvier 2024, sans attendre',
      'Alors même que ces accords',
      'En parallèle de la bataille',
      'Dans ce contexte politique',
      'Lancée en 2023 par Nexem',
      'Le secteur sanitaire, social et médico-social privé',
      'À l’écoute du terrain',
    ]) {
      expect(everything).toContain(opening);
    }
  });

  it('turns no-break, narrow and thin spaces into plain spaces and keeps typographic apostrophes', () => {
    expect(everything).not.toMatch(/[\u00a0\u202f\u2009]/);
    expect(everything).toContain('Protection juridique des majeurs : l’UDAF 74');
    expect(everything).toContain('« faire beaucoup avec peu »');
  });

  it('joins words broken by hyphenation and keeps real compounds', () => {
    expect(everything).toContain('la demande croissante d’accompagnements centrés sur la personne');
    expect(everything).not.toContain('accom-pagnements');
    expect(everything).toContain('du social et du médico-social dans les travaux');
    expect(everything).toContain('confrontée au sous-financement des revalorisations');
    expect(everything).toContain('l’action sociale et médico-sociale décentralisée');
    expect(everything).not.toMatch(/\p{L}- \p{Ll}/u);
  });

  it('puts a sentence cut by a column break back together', () => {
    expect(everything).toContain('mettant de ce fait à mal la cohérence du périmètre');
    expect(everything).toContain('Toutefois, à l’appel de Départements de France, plusieurs départements ont refusé');
  });

  it('keeps a sentence cut by a column break (all its lines wrapped) as text, not as a title', () => {
    expect(titles).not.toContain('Nexem s’est par ailleurs investie activement dans l’interfédérale');
    expect(sectionTitled('Solidarité en danger : acte II en interfédérale')?.text).toContain('Nexem s’est par ailleurs investie activement dans l’interfédérale');
  });

  it('gives « Un accompagnement spécifique autour de la loi DDADUE » its own text; the new DDADUE training stays in the catalogue', () => {
    expect(sectionTitled('Un accompagnement spécifique autour de la loi DDADUE')?.text).toMatch(
      /^Dans le cadre de la loi DDADUE du 22 avril 2024 relative au droit des congés des salariés absents.*une formation spécifique\.$/u,
    );
    // « 5 nouvelles formations : • Acquisition et prise des congés payés, l’impact de la loi DDADUE… » is a list of the catalogue.
    expect(sectionTitled('Un catalogue de formations enrichi')?.text).toContain('• Acquisition et prise des congés payés, l’impact de la loi DDADUE du 22 avril 2024');
  });

  it('drops the folios of the printed spreads and their running header', () => {
    expect(everything).not.toMatch(/^(?:20 21|36 37)$/m);
    expect(everything).not.toContain('RAPPORT D’ACTIVITÉ 2024');
  });

  it('gives the same output for the same input', () => {
    expect(parseExtractedText([report2024])).toEqual(result);
  });
});

describe('parseExtractedText on small fixtures', () => {
  it('magazine layout: displaced title, box title after its box, drop cap, hyphens, odd spaces, chart label, folio', () => {
    const parsed = parseExtractedText([read('../../fixtures/text/magazine-layout.txt')]);
    expect(parsed).toEqual({
      title: 'Rapport 2030',
      outline: [
        {
          title: 'Un sujet majeur : le financement des établissements',
          level: 1,
          page: null,
          text: [
            'Au début de l’année, la fédération a renforcé son accompagnement des établissements médico-sociaux et de leurs salariés.',
            'Autre fait marquant : le sous-financement persiste, et les accompagnements se multiplient.',
            'Les accompagnements restent nombreux dans toutes les régions.',
          ].join('\n\n'),
        },
        {
          title: 'CONVENTION : LA SOLIDARITÉ EN SOUTIEN DES SINISTRÉS',
          level: 1,
          page: null,
          text: 'Dans le champ de la convention collective, une partie de la cotisation alimente une caisse dédiée au financement de la solidarité envers les salariés sinistrés par le cyclone. Plus de 200 personnes ont ainsi bénéficié d’un soutien financier en quelques semaines.',
        },
        {
          title: 'Rencontres régionales : un succès pour la fédération',
          level: 1,
          page: null,
          text: [
            'Nexem a réuni ses adhérents à Lyon pour une autre journée d’échanges.',
            'Le taux de satisfaction atteint 85 % : « faire beaucoup » reste la devise de Nexem pour l’année.',
            'NORMANDIE 122',
          ].join('\n\n'),
        },
      ],
    });
  });

  it('paged export without wrap signals: running header and page numbers dropped, each section on the page of its title', () => {
    const pages = read('../../fixtures/text/paged-export.txt').split('\f');
    const parsed = parseExtractedText(pages, { pageNumbers: true });
    expect(parsed.outline.map(({ title, page }) => [title, page])).toEqual([
      ['Éditorial', 1],
      ['Négociations salariales', 2],
      ['Transformation numérique', 3],
    ]);
    expect(parsed.outline[0]?.text).toContain('la poursuite de la crise des métiers dans les établissements');
    // The end of page 1's section continues at the top of page 2, before the next title.
    expect(parsed.outline[0]?.text).toContain('La suite du propos montre que la crise des métiers touche aussi les services à domicile.');
    expect(JSON.stringify(parsed)).not.toContain('Fédération — Rapport 2031');
  });

  const BODY = 'Le corps de la première partie du rapport tient sur une longue ligne\nde texte, comme dans un export de traitement de texte ordinaire.';
  it.each([
    ['with a document title', `Rapport 2032\n\nUn texte d’ouverture avant tout titre, sur une ligne assez longue.\n\nPremière partie\n${BODY}`, 'Rapport 2032'],
    ['without one', `Un texte d’ouverture avant tout titre, sur une ligne assez longue.\n\nPremière partie\n${BODY}`, 'Introduction'],
  ])('puts the text before the first heading in an entry titled by the document (%s)', (_case, text, introTitle) => {
    const parsed = parseExtractedText([text]);
    expect(parsed.outline.map((entry) => [entry.title, entry.text])).toEqual([
      [introTitle, 'Un texte d’ouverture avant tout titre, sur une ligne assez longue.'],
      ['Première partie', 'Le corps de la première partie du rapport tient sur une longue ligne de texte, comme dans un export de traitement de texte ordinaire.'],
    ]);
  });

  // pdftotext's text of a LaTeX report set in the old OT1 encoding: every accent is a character before its letter.
  it('composes the accents of a text whose font drew them apart from their letters', () => {
    const pages = ['R´esum´e d’activit´e\n\nLes ´etablissements m´edico-sociaux ont ´et´e tr`es sollicit´es cette ann´ee, gar¸con na¨ıf.\n'];
    const { title, outline } = parseExtractedText(pages);
    expect(title).toBe('Résumé d’activité');
    expect(outline.map((entry) => entry.text).join(' ')).toBe('Les établissements médico-sociaux ont été très sollicités cette année, garçon naïf.');
  });

  it('returns an empty outline for empty input', () => {
    expect(parseExtractedText([''])).toEqual({ title: null, outline: [] });
  });
});
