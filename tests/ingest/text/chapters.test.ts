import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSections } from '../../../src/ingest/sections';
import { chapterDepths, chapterTitles } from '../../../src/ingest/text/chapters';
import type { Item } from '../../../src/ingest/text/detect-headings';
import { parseExtractedText } from '../../../src/ingest/text/parse-extracted-text';

const line = (text: string) => ({ text, end: 'hard' as const, frameStart: false, page: 1 });
const text = (...lines: string[]): Item => ({ kind: 'text', lines: lines.map(line), page: 1, frame: 1 });
const heading = (title: string, form: 'block' | 'leading' = 'block', relocated = false): Item => ({
  kind: 'heading', title, page: 1, frame: 1, form, relocated, endsPage: false,
});
const box = (title: string): Item => ({ kind: 'box', title, page: 1, frame: 1, attribution: [] });
const titles = (items: Item[]) => [...chapterTitles(items)].map((item) => (item.kind === 'text' ? '' : item.title));

const BODY = 'Le 4 juin, les partenaires sociaux signent à la majorité l’accord relatif à l’extension.';

describe('chapterTitles', () => {
  it.each<{ name: string; items: Item[]; expected: string[] }>([
    {
      name: 'a title alone, then a title on top of its text: the first heads a chapter',
      items: [heading('La bataille du financement continue'), heading('Accord Ségur pour tous', 'leading'), text(BODY)],
      expected: ['La bataille du financement continue'],
    },
    {
      name: 'in a longer run, the run’s first title heads the chapter',
      items: [heading('La bataille du financement continue'), heading('Des premiers signaux positifs'), heading('Accord Ségur pour tous', 'leading'), text(BODY)],
      expected: ['La bataille du financement continue'],
    },
    {
      name: 'a list of titles (a table of contents) heads nothing',
      items: [heading('Structuration du secteur'), heading('Le projet conventionnel'), heading('Transformation de l’offre'), heading('La transformation numérique', 'leading'), text(BODY)],
      expected: [],
    },
    {
      name: 'titles collected at the top of a column, then text: no chapter (the first owns the text)',
      items: [heading('CCUE : les négociations se poursuivent'), heading('Une mobilisation sans relâche'), text(BODY)],
      expected: [],
    },
    {
      name: 'a title with text under it heads nothing',
      items: [heading('Un contexte politique perturbé'), text(BODY), heading('Un climat d’incertitude', 'leading'), text(BODY)],
      expected: [],
    },
    {
      name: 'a displaced page title before a section is the page’s own title, not a chapter',
      items: [heading('Un contexte politique perturbé', 'block', true), heading('Un climat d’incertitude', 'leading'), text(BODY)],
      expected: [],
    },
    {
      name: 'a box between the titles breaks the run',
      items: [heading('Le combat pour l’effectivité'), box('L’ENJEU DES CONTRATS EN ALTERNANCE'), heading('Accord Ségur pour tous', 'leading'), text(BODY)],
      expected: [],
    },
  ])('$name', ({ items, expected }) => {
    expect(titles(items)).toEqual(expected);
  });
});

describe('chapterDepths', () => {
  const section = (role: 'chapter' | 'displaced' | 'text' | 'textless') => ({
    ...(role === 'chapter' ? { chapter: true } : role === 'displaced' ? { displaced: true } : {}),
    paragraphs: role === 'textless' || role === 'chapter' ? [] : ['Un paragraphe.'],
  });
  it.each<{ name: string; roles: Parameters<typeof section>[0][]; expected: number[] }>([
    { name: 'sections before any chapter stay at the top', roles: ['text', 'text'], expected: [0, 0] },
    { name: 'a chapter holds the sections after it, up to the next chapter', roles: ['chapter', 'text', 'text', 'chapter', 'text'], expected: [0, 1, 1, 0, 1] },
    { name: 'a displaced page title ends the chapter', roles: ['chapter', 'text', 'displaced', 'text'], expected: [0, 1, 0, 0] },
    { name: 'a title without text after the chapter’s sections ends it', roles: ['chapter', 'text', 'textless', 'text'], expected: [0, 1, 0, 0] },
    { name: 'a title without text between the chapter title and its first section does not', roles: ['chapter', 'textless', 'text', 'text'], expected: [0, 1, 1, 1] },
  ])('$name', ({ roles, expected }) => {
    expect(chapterDepths(roles.map(section))).toEqual(expected);
  });
});

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const breadcrumbs = (text: string) =>
  buildSections('rapport', parseExtractedText([text]).outline).map((section) => [...section.breadcrumb, section.title].join(' › '));

describe('chapters of a whole document', () => {
  it('a plain export: each part title heads the sections printed under it', () => {
    expect(breadcrumbs(read('../../fixtures/text/chapters-plain.txt'))).toEqual([
      'Rapport d’activité 2033',
      'Agir aux côtés des adhérents › Un accompagnement juridique renforcé',
      'Agir aux côtés des adhérents › Une offre de formation élargie',
      'Peser dans le débat public › Un plaidoyer budgétaire exigeant',
      'Peser dans le débat public › Des alliances nouvelles',
    ]);
  });

  it('a magazine export: the chapter ends where a page title printed at the end of its frame begins', () => {
    expect(breadcrumbs(read('../../fixtures/text/chapters-magazine.txt'))).toEqual([
      'Une fédération au travail',
      'Agir aux côtés des adhérents › Un accompagnement juridique renforcé',
      'Agir aux côtés des adhérents › Une offre de formation élargie',
      'Un plaidoyer budgétaire exigeant',
    ]);
  });

  it.each(['magazine-layout.txt', 'regional-labels.txt'])('%s has no chapter', (file) => {
    const outline = parseExtractedText([read(`../../fixtures/text/${file}`)]).outline;
    expect(outline.filter((entry) => entry.text === '' && !/^[\p{Lu} -]+$/u.test(entry.title))).toEqual([]);
  });

  describe('the 2024 report', () => {
    const sections = buildSections('retrospective-2024', parseExtractedText([read('../../../corpus/retrospective-2024.txt')]).outline);
    const parentsOf = (title: string) => sections.find((section) => section.title.startsWith(title))?.breadcrumb;

    it.each([
      ['Accord Ségur pour tous : une victoire', 'La bataille du financement continue'],
      ['PLF et PLFSS', 'La bataille du financement continue'],
      ['Une systématisation des contentieux', 'Contentieux et recours : la pression s’intensifie'],
      ['Ségur pour tous : des adhérents outillés', 'Contentieux et recours : la pression s’intensifie'],
      ['Inscrire le financement dans un horizon pluriannuel', 'Contribuer à la transformation du secteur'],
      ['SERAFIN-PH : au-delà de l’équation tarifaire', 'Handicap : prendre en compte la singularité des personnes'],
      ['Être force de proposition', 'Handicap : prendre en compte la singularité des personnes'],
      ['Plusieurs participations actives', 'La dynamique Nexem à l’œuvre au niveau européen'],
    ])('« %s » is a level-2 section under the chapter « %s »', (title, chapter) => {
      expect(parentsOf(title)).toEqual([chapter]);
      expect(sections.find((section) => section.title.startsWith(title))?.level).toBe(2);
    });

    it.each([
      'Un contexte politique perturbé',
      'CCUE et revalorisations salariales',
      'Humanifest : un plan d’action ambitieux',
      'Lancement d’un dispositif d’accompagnement managérial',
      'Un accompagnement spécifique autour de la loi DDADUE',
    ])('the page title « %s » and what follows it stand outside any chapter', (title) => {
      expect(parentsOf(title)).toEqual([]);
    });

    it('a chapter title is no section of its own: it has no text', () => {
      expect(sections.map((section) => section.title)).not.toContain('La bataille du financement continue');
    });
  });
});
