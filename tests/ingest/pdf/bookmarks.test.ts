import { describe, expect, it } from 'vitest';
import { headingsFromBookmarks, titleKey } from '../../../src/ingest/pdf/layout/bookmarks';
import { headingCandidates } from '../../../src/ingest/pdf/layout/headings';
import type { Bookmark, Line } from '../../../src/ingest/pdf/layout/types';
import { line } from './items';

const prose = 'Les associations ont poursuivi leurs missions auprès des personnes fragiles.';
const lines: Line[] = [
  line('1 — Une année de combat(s)', { page: 4, y: 770, size: 20, bold: true }),
  line(prose, { page: 4, y: 740 }),
  line('LES PRISES DE POSITION DE', { page: 4, y: 700, size: 13, bold: true }),
  line('NEXEM', { page: 4, y: 684, size: 13, bold: true }),
  line('La mission Laforcade', { page: 4, y: 660, size: 11, bold: true }),
  line(prose, { page: 4, y: 640 }),
  line('Chiffres', { page: 5, y: 770, size: 10 }),
  line(prose, { page: 5, y: 750 }),
];
const mark = (title: string, level: number, page: number | null): Bookmark => ({ title, level, page, top: null });

/** Headings kept, as « level title (page) ». */
function found(bookmarks: Bookmark[]): string[] | null {
  return headingsFromBookmarks(bookmarks, lines, headingCandidates(lines))?.headings.map((h) => `${h.level} ${h.title} (${h.page})`) ?? null;
}

describe('headings from bookmarks', () => {
  it('compares titles on their letters and digits only', () => {
    expect(titleKey('LES PRISES DE POSITION DENEXEM')).toBe(titleKey('Les prises de position de Nexem'));
    expect(titleKey('1 — Une année de combat(s)')).toBe('1uneanneedecombats');
  });

  it.each<[string, Bookmark[], string[] | null]>([
    [
      'bookmarks give levels; the title is taken as printed, even when the bookmark lost a space at a line break',
      [mark('1 — Une année de combat(s)', 1, 4), mark('LES PRISES DE POSITION DENEXEM', 2, 4), mark('La mission Laforcade', 3, 4)],
      ['1 1 — Une année de combat(s) (4)', '2 LES PRISES DE POSITION DE NEXEM (4)', '3 La mission Laforcade (4)'],
    ],
    [
      'headings in a style smaller than every bookmarked one are added below the deepest bookmark level',
      [mark('1 — Une année de combat(s)', 1, 4), mark('Les prises de position de Nexem', 2, 4)],
      ['1 1 — Une année de combat(s) (4)', '2 LES PRISES DE POSITION DE NEXEM (4)', '3 La mission Laforcade (4)'],
    ],
    [
      'a bookmark on text in the body style is found among the lines of its page',
      [mark('1 — Une année de combat(s)', 1, 4), mark('Chiffres', 1, 5), mark('La mission Laforcade', 2, 4)],
      ['1 1 — Une année de combat(s) (4)', '2 La mission Laforcade (4)', '1 Chiffres (5)'],
    ],
    ['no bookmarks: the layout decides', [], null],
    ['bookmarks mostly absent from the text are not trusted', [mark('Couverture', 1, 1), mark('Quatrième de couverture', 1, 8), mark('La mission Laforcade', 1, 4)], null],
  ])('%s', (_name, bookmarks, expected) => {
    expect(found(bookmarks)).toEqual(expected);
  });

  // Impress bookmarks every slide at one level, after its title: dividers at 40 pt, content slides at 28 pt.
  it.each<[string, number, string[]]>([
    ['takes the levels of flat bookmarks from the styles of the headings they find', 28, ['1 Le projet de la MECS', '2 Nos missions', '2 Le cadre de l’habilitation', '1 L’accueil des enfants', '2 Les admissions']],
    ['keeps flat bookmarks flat over headings in one style', 40, ['1 Le projet de la MECS', '1 Nos missions', '1 Le cadre de l’habilitation', '1 L’accueil des enfants', '1 Les admissions']],
  ])('%s', (_name, contentSize, expected) => {
    const slides: Line[] = [
      ['Le projet de la MECS', 40], ['Nos missions', contentSize], ['Le cadre de l’habilitation', contentSize], ['L’accueil des enfants', 40], ['Les admissions', contentSize],
    ].flatMap(([title, size], index) => [
      line(title as string, { page: index + 3, y: 395, size: size as number, bold: true }),
      ...(size === 40 ? [] : [line(prose, { page: index + 3, y: 300, size: 18 }), line(prose, { page: index + 3, y: 270, size: 18 })]),
    ]);
    const marks = ['Diapositive 1', 'Le projet de la MECS', 'Nos missions', 'Le cadre de l’habilitation', 'L’accueil des enfants', 'Les admissions'].map((title, index) => mark(title, 1, index + 2));
    expect(headingsFromBookmarks(marks, slides, headingCandidates(slides))?.headings.map((h) => `${h.level} ${h.title}`)).toEqual(expected);
  });

  it('keeps chapters bookmarked alone one level, though annexes after them are set smaller', () => {
    const report: Line[] = [['Nos missions', 17], ['Le public accueilli', 17], ['Annexe 1 : les effectifs', 13], ['Annexe 2 : le budget', 13]].flatMap(([title, size], index) => [
      line(title as string, { page: index + 2, y: 760, size: size as number, bold: true }),
      line(prose, { page: index + 2, y: 730 }), line(prose, { page: index + 2, y: 716 }),
    ]);
    const marks = ['Nos missions', 'Le public accueilli', 'Annexe 1 : les effectifs', 'Annexe 2 : le budget'].map((title, index) => mark(title, 1, index + 2));
    expect(headingsFromBookmarks(marks, report, headingCandidates(report))?.headings.map((h) => h.level)).toEqual([1, 1, 1, 1]);
  });

  // LaTeX (hyperref) bookmarks a section without the number it prints, and sets \maketitle's title, author and
  // date over the first section; its title is the one the PDF declares, here a question.
  it('finds numbered headings from bookmarks without their numbers, under a declared title with its author and date as its text', () => {
    const note: Line[] = [
      line('Ségur pour tous : où en est-on ?', { page: 1, y: 716, size: 17 }),
      line('Union régionale des associations du secteur social', { page: 1, y: 686, size: 12 }),
      line('Note de conjoncture — mars 2024', { page: 1, y: 662, size: 12 }),
      line('1 Introduction', { page: 1, y: 620, size: 14.5, bold: true }), line(prose, { page: 1, y: 594 }),
      line('2 Les revalorisations du Ségur', { page: 1, y: 460, size: 14.5, bold: true }),
      line('2.1 Les professionnels concernés', { page: 1, y: 434, size: 12, bold: true }), line(prose, { page: 1, y: 412 }),
      line('3 Nos recommandations', { page: 2, y: 722, size: 14.5, bold: true }), line(prose, { page: 2, y: 700 }),
    ];
    const marks = [mark('Introduction', 1, 1), mark('Les revalorisations du Ségur', 1, 1), mark('Les professionnels concernés', 2, 1), mark('Nos recommandations', 1, 2)];
    const read = headingsFromBookmarks(marks, note, headingCandidates(note), { declaredTitle: 'Ségur pour tous : où en est-on ?' });
    expect(read?.title?.title).toBe('Ségur pour tous : où en est-on ?');
    expect(read?.headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 1 Introduction', '1 2 Les revalorisations du Ségur', '2 2.1 Les professionnels concernés', '1 3 Nos recommandations']);
  });

  it('takes a bookmarked title under its kicker as the report’s title, its bookmarked children as the top level', () => {
    const report: Line[] = [
      line('12, rue Moyenne — 18000 Bourges', { page: 1, y: 790, size: 8 }),
      line('RAPPORT D’ACTIVITÉ 2023', { page: 1, y: 760, size: 13, bold: true }),
      line('Service d’AEMO du Cher', { page: 1, y: 730, size: 26 }),
      line(prose, { page: 1, y: 700 }), line(prose, { page: 1, y: 686 }),
      line('Éditorial', { page: 1, y: 650, size: 16, bold: true }), line(prose, { page: 1, y: 630 }),
      line('L’activité', { page: 2, y: 760, size: 16, bold: true }), line(prose, { page: 2, y: 740 }),
    ];
    const reading = headingsFromBookmarks([mark('Service d’AEMO du Cher', 1, 1), mark('Éditorial', 2, 1), mark('L’activité', 2, 2)], report, headingCandidates(report));
    expect(reading?.title?.title).toBe('RAPPORT D’ACTIVITÉ 2023 Service d’AEMO du Cher');
    expect(reading?.headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 Éditorial', '1 L’activité']);
  });

  it('takes no letterhead opening the page for the title when a bookmarked chapter is set larger', () => {
    const report: Line[] = [
      line('Ville de Villeneuve', { page: 1, y: 800, size: 12, bold: true }),
      line('Éditorial', { page: 1, y: 760, size: 16, bold: true }), line(prose, { page: 1, y: 740 }),
      line('Une année de transition', { page: 1, y: 700, size: 11, bold: true }), line(prose, { page: 1, y: 680 }),
      line('L’action sociale', { page: 2, y: 760, size: 16, bold: true }), line(prose, { page: 2, y: 740 }),
      line('Les aides facultatives', { page: 2, y: 700, size: 11, bold: true }), line(prose, { page: 2, y: 680 }),
    ];
    const reading = headingsFromBookmarks([mark('Éditorial', 1, 1), mark('L’action sociale', 1, 2)], report, headingCandidates(report));
    expect(reading?.title).toBeNull();
  });

  it('takes a cover’s title the bookmarks leave, though the cover opens with the organisation’s name', () => {
    const cover: Line[] = [
      line('Association Les Cèdres', { page: 1, y: 700, size: 16 }),
      line('Rapport d’activité', { page: 1, y: 560, size: 32, bold: true }),
      line('Accompagner depuis 1968', { page: 1, y: 500, size: 12 }),
      ...lines.map((l) => ({ ...l, page: l.page + 1 })),
    ];
    const reading = headingsFromBookmarks([mark('1 — Une année de combat(s)', 1, 5), mark('La mission Laforcade', 2, 5)], cover, headingCandidates(cover));
    expect(reading?.title?.title).toBe('Rapport d’activité');
    expect(reading?.headings.map((h) => h.title)).not.toContain('Accompagner depuis 1968');
  });

  // A cover over the sample's pages: its root bookmark, then the sample's chapter and section under it.
  const underCover = (cover: Line[]) => [...cover, ...lines.map((l) => ({ ...l, page: l.page - 2 }))];
  const coverMarks = (root: string) => [mark(root, 1, 1), mark('1 — Une année de combat(s)', 2, 2), mark('La mission Laforcade', 3, 2)];

  it.each<[string, Line[], string, string]>([
    [
      'the bookmarks’ single root, the cover’s title, is the report’s title, with the year under it',
      [line('Département de la Drôme', { page: 1, y: 760, size: 9 }), line('Bilan du schéma départemental', { page: 1, y: 560, size: 30, bold: true }), line('2019-2023', { page: 1, y: 520, size: 20 })],
      'Bilan du schéma départemental',
      'Bilan du schéma départemental 2019-2023',
    ],
    [
      'the bookmarked root on a cover is the title over a larger logo the bookmarks leave out',
      [line('HORIZON', { page: 1, y: 700, size: 36, bold: true }), line('Rapport d’activité', { page: 1, y: 560, size: 28, bold: true }), line('2023', { page: 1, y: 520, size: 20 })],
      'Rapport d’activité',
      'Rapport d’activité 2023',
    ],
    [
      'a larger title the bookmarks leave out on a cover is the title over the bookmarked root, its subtitle',
      [line('Rapport d’activité 2023', { page: 1, y: 600, size: 30, bold: true }), line('Institut médico-éducatif Les Genêts', { page: 1, y: 560, size: 18, bold: true })],
      'Institut médico-éducatif Les Genêts',
      'Rapport d’activité 2023',
    ],
  ])('%s; the root’s children are the top level', (_name, cover, root, title) => {
    const report = underCover(cover);
    const reading = headingsFromBookmarks(coverMarks(root), report, headingCandidates(report));
    expect(reading?.title?.title).toBe(title);
    expect(reading?.headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 1 — Une année de combat(s)', '2 La mission Laforcade']);
  });

  it('keeps a lone bookmarked chapter a chapter under a larger title the bookmarks leave out, which names the report', () => {
    const report: Line[] = [
      line('Rapport d’activité 2023', { page: 1, y: 760, size: 26, bold: true }),
      line('Le service d’investigation éducative', { page: 1, y: 700, size: 18, bold: true }),
      line(prose, { page: 1, y: 680 }), line(prose, { page: 1, y: 666 }),
      line('Les mesures ordonnées', { page: 1, y: 640, size: 13, bold: true }),
      line(prose, { page: 1, y: 620 }), line(prose, { page: 1, y: 606 }),
      line('Les délais', { page: 2, y: 760, size: 13, bold: true }),
      line(prose, { page: 2, y: 740 }),
    ];
    const marks = [mark('Le service d’investigation éducative', 1, 1), mark('Les mesures ordonnées', 2, 1), mark('Les délais', 2, 2)];
    const reading = headingsFromBookmarks(marks, report, headingCandidates(report));
    expect(reading?.title?.title).toBe('Rapport d’activité 2023');
    expect(reading?.headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 Le service d’investigation éducative', '2 Les mesures ordonnées', '2 Les délais']);
  });

  describe('from a tagged PDF’s heading tags', () => {
    it('adds no layout heading below them: the tags mark every heading the author styled, and the rest as text', () => {
      const tags = [mark('1 — Une année de combat(s)', 1, 4), mark('Les prises de position de Nexem', 2, 4)];
      const reading = headingsFromBookmarks(tags, lines, headingCandidates(lines), { complete: true });
      expect(reading?.headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 1 — Une année de combat(s)', '2 LES PRISES DE POSITION DE NEXEM']);
    });

    it('adds titles set by hand in a style larger than the text that recurs through the report, as a level under them', () => {
      const report: Line[] = [4, 5, 6].flatMap((page) => [
        line(`Chapitre ${page}`, { page, y: 770, size: 20, bold: true }),
        line(prose, { page, y: 740 }),
        line(`Une action menée en ${page}`, { page, y: 700, size: 12, bold: true }),
        line(prose, { page, y: 680 }),
      ]);
      const tags = [4, 5, 6].map((page) => mark(`Chapitre ${page}`, 1, page));
      const titles = (of: Line[]) => headingsFromBookmarks(tags, of, headingCandidates(of), { complete: true })?.headings.map((h) => `${h.level} ${h.title}`);
      expect(titles(report)).toEqual(['1 Chapitre 4', '2 Une action menée en 4', '1 Chapitre 5', '2 Une action menée en 5', '1 Chapitre 6', '2 Une action menée en 6']);
      // The same style on one page only (a list of key figures set large) is no level of titles.
      const onePage = report.map((l) => (l.size === 12 ? { ...l, page: 4 } : l));
      expect(titles(onePage)).toEqual(['1 Chapitre 4', '1 Chapitre 5', '1 Chapitre 6']);
    });

    it('finds a title whose tag holds the footnote call its line leaves out', () => {
      const noted = lines.map((l) => (l.text === 'La mission Laforcade' ? { ...l, calls: ['5'] } : l));
      const tags = [mark('1 — Une année de combat(s)', 1, 4), mark('La mission Laforcade 5', 2, 4)];
      expect(headingsFromBookmarks(tags, noted, headingCandidates(noted), { complete: true })?.headings.map((h) => h.title)).toEqual(['1 — Une année de combat(s)', 'La mission Laforcade']);
    });

    it('takes for the report’s title the masthead the PDF’s declared title names, as the layout alone does', () => {
      const report: Line[] = [
        line('Ville de Villeneuve', { page: 1, y: 800, size: 12, bold: true }),
        line('Rapport d’activité 2024 du CCAS de Villeneuve', { page: 1, y: 780, size: 18, bold: true }),
        ...[760, 746, 732, 718].map((y) => line(prose, { page: 1, y })),
        line('Éditorial', { page: 1, y: 690, size: 16, bold: true }),
        line(prose, { page: 1, y: 670 }),
        line('L’action sociale', { page: 2, y: 780, size: 16, bold: true }),
        line(prose, { page: 2, y: 760 }),
      ];
      const tags = [mark('Éditorial', 1, 1), mark('L’action sociale', 1, 2)];
      const read = (declaredTitle: string | null) => headingsFromBookmarks(tags, report, headingCandidates(report), { declaredTitle, complete: true })?.title?.title ?? null;
      expect(read('Rapport d’activité 2024 du CCAS de Villeneuve')).toBe('Rapport d’activité 2024 du CCAS de Villeneuve');
      expect(read(null)).toBeNull();
    });
  });
});
