import { describe, expect, it } from 'vitest';
import { dropContentsLists, dropContentsPages, dropFurniture, isFolio, maskDigits } from '../../../src/ingest/pdf/layout/furniture';
import type { Line } from '../../../src/ingest/pdf/layout/types';
import { line } from './items';

const pages = [1, 2, 3, 4].map((num) => ({ num, height: 842 }));
const onEveryPage = (make: (page: number) => Line) => pages.map(({ num }) => make(num));

describe('page furniture', () => {
  it.each([
    ['3', true], ['12', true], ['page 4', true], ['p. 7', true], ['4 / 24', true], ['4 sur 24', true], ['20 21', true],
    ['20 22', false], ['2020 en chiffres', false], ['84 %', false],
  ])('« %s » is a folio: %s', (text, folio) => {
    expect(isFolio(text)).toBe(folio);
  });

  it('masks digits so running headers with their folio compare equal', () => {
    expect(maskDigits('Nexem · Rapport annuel 2020 · 3')).toBe(maskDigits('Nexem  ·  Rapport annuel 2020 · 14'));
  });

  it.each<[string, Line[], string[]]>([
    ['a running header repeated in the top band goes', onEveryPage((page) => line(`Nexem · Rapport annuel 2020 · ${page}`, { page, y: 821 })), []],
    ['a footer repeated in the bottom band goes', onEveryPage((page) => line(`Rapport annuel 2020 — Nexem — ${page}`, { page, y: 16 })), []],
    ['a folio alone in a band goes, even once', [line('7', { page: 2, y: 30 })], []],
    ['a line repeated in the middle of the pages stays', onEveryPage((page) => line('Pour en savoir plus', { page, y: 400 })), Array(4).fill('Pour en savoir plus')],
    ['a title once in the top band stays', [line('Éditorial', { page: 1, y: 800 })], ['Éditorial']],
    [
      'a running header set small whose second half names the chapter goes, its fixed half repeated',
      [1, 2, 3, 4].flatMap((page) => [
        line(`Rapport annuel 2023 ${['Le mot du président', 'Parcours des salariés', 'Activités de production', 'Perspectives'][page - 1]}`, { page, y: 802, size: 8 }),
        line('Le texte du chapitre suit son titre, sur toute la largeur de la page, ligne après ligne.', { page, y: 700 }),
      ]),
      Array(4).fill('Le texte du chapitre suit son titre, sur toute la largeur de la page, ligne après ligne.'),
    ],
    [
      'the first lines of text at the top of two pages, opening alike, stay',
      [1, 2].flatMap((page) => [
        line(`Les associations du réseau ${page === 1 ? 'ont recruté' : 'ont formé'} leurs équipes`, { page, y: 790 }),
        line(page === 1 ? 'malgré les difficultés.' : 'tout au long de l’année.', { page, y: 776 }),
      ]),
      ['Les associations du réseau ont recruté leurs équipes', 'malgré les difficultés.', 'Les associations du réseau ont formé leurs équipes', 'tout au long de l’année.'],
    ],
    [
      'a running header in the text’s size, at one height and set apart from the text, goes by its fixed part',
      [1, 2, 3, 4].flatMap((page) => [
        line(`EHPAD Les Glycines – Rapport annuel 2023 ${['Présentation', 'Les résidents', 'Les équipes', 'Perspectives'][page - 1]}`, { page, y: 798 }),
        ...[0, 1, 2].map((n) => line(`Le texte du chapitre ${page}, ligne ${n}, sur toute la largeur de la page.`, { page, y: 760 - 14 * n })),
      ]),
      [1, 2, 3, 4].flatMap((page) => [0, 1, 2].map((n) => `Le texte du chapitre ${page}, ligne ${n}, sur toute la largeur de la page.`)),
    ],
    [
      'a cover’s kicker opening as the footer does stays',
      [line('Fédération des employeurs solidaires · Grand Est', { page: 1, y: 766 }), ...onEveryPage((page) => line(`Fédération des employeurs solidaires · Rapport annuel 2022 | ${page}`, { page, y: 16 }))],
      ['Fédération des employeurs solidaires · Grand Est'],
    ],
    ['a figure in the middle of a page stays', [line('2020', { page: 2, y: 420 })], ['2020']],
  ])('%s', (_name, lines, kept) => {
    expect(dropFurniture(lines, pages).map((l) => l.text)).toEqual(kept);
  });

  // A two-page note: LaTeX's title page style leaves the first page without the running header.
  const note = (header: Partial<Line>, below = 760, titleTop = 716) => [
    line('Ségur pour tous : où en est-on ?', { page: 1, y: titleTop, size: 17 }),
    ...[690, 676, 662, 648].map((y) => line('Deux ans après l’extension des revalorisations salariales du Ségur.', { page: 1, y })),
    line('URIOPSS — Note de conjoncture', { page: 2, y: 800, size: 9, ...header }),
    ...[below, below - 14, below - 28].map((y) => line('sence de revalorisation pour une partie d’entre eux crée des tensions.', { page: 2, y })),
  ];
  it.each<[string, Line[], boolean]>([
    ['a header printed once, small, apart from the text and higher than any other page prints, goes', note({}), false],
    ['a line in the text’s size stays', note({ size: 10 }), true],
    ['a sentence stays: a note, not a header', note({ text: 'Les prénoms des parents cités dans ce bilan ont été modifiés.' }), true],
    ['a line run into the text under it stays', note({}, 788), true],
    ['a line no higher than the other page’s text stays', note({}, 760, 800), true],
  ])('%s', (_name, lines, kept) => {
    expect(dropFurniture(lines, pages).some((l) => l.page === 2 && l.y === 800)).toBe(kept);
  });

  it('keeps a heading its page’s bookmark names, though every chapter opens a page with it', () => {
    const lines = [1, 2, 3, 4].flatMap((page) => [
      line(`${page}.3 Les ressources humaines`, { page, y: 800, size: 13, bold: true }),
      line('Le texte de la section suit son titre, sur toute la largeur de la page.', { page, y: 770 }),
    ]);
    const named = new Map([1, 2, 3, 4].map((page) => [page, new Set([`${page}3lesressourceshumaines`])]));
    expect(dropFurniture(lines, pages).map((l) => l.text)).not.toContain('1.3 Les ressources humaines');
    expect(dropFurniture(lines, pages, named).map((l) => l.text)).toContain('1.3 Les ressources humaines');
  });

  it('drops a contents page without page numbers whose lines each name a later line, as a deck’s contents slide', () => {
    const slide = (page: number, texts: string[]) => texts.map((text, index) => line(text, { page, y: 400 - 40 * index, size: 28 }));
    const deck = [
      ...slide(2, ['Sommaire', 'Le projet de la MECS', 'L’accueil des enfants', 'Perspectives']),
      ...slide(3, ['Le projet de la MECS']), ...slide(4, ['Nos missions', 'Accueillir 42 enfants et adolescents']),
      ...slide(5, ['L’accueil des enfants']), ...slide(6, ['Perspectives']),
    ];
    expect(dropContentsPages(deck).map((l) => l.page)).not.toContain(2);
    // A line the document prints nowhere after: a page of its own, not a contents.
    const own = deck.map((l) => (l.text === 'Perspectives' && l.page === 2 ? { ...l, text: 'Nos engagements pour 2024' } : l));
    expect(dropContentsPages(own).map((l) => l.page)).toContain(2);
  });

  it('drops the printed table of contents, and only that page', () => {
    const lines = [
      line('Sommaire', { page: 2 }),
      line('ÉDITORIAL 03', { page: 2 }),
      line('Notre action pendant la crise', { page: 2 }),
      line('1 UNE ANNÉE DE COMBAT(S) 04', { page: 2 }),
      line('Éditorial', { page: 3 }),
      line('Le rapport annuel constitue un exercice obligé.', { page: 3 }),
    ];
    expect(dropContentsPages(lines).map((l) => l.text)).toEqual(['Éditorial', 'Le rapport annuel constitue un exercice obligé.']);
  });

  it.each<[string, string[], boolean]>([
    ['entries ending with pages further on carry the contents on: dropped', ['Les services aux adhérents 30', 'Le service juridique 31', 'La gouvernance 30', 'Glossaire 33', 'Annexe 1 — Liste des adhérents 34'], true],
    ['a table of figures stays', ['MECS Les Tilleuls 42 71', 'MECS La Source 30 49', 'Unité d’accueil d’urgence 8 57', 'Total 92 203'], false],
    ['a table of a figure a row, numbers short of this page, stays', ['Places autorisées 1', 'Jeunes accueillis 2', 'Journées prévues 2'], false],
    ['a page of text stays', ['Les adhérents ont poursuivi leurs missions auprès des personnes.', 'La fédération a porté leurs positions.', 'Chiffres clés 2024'], false],
    ['a page of figures under its own title stays', ['L’association en chiffres', 'Places d’hébergement d’urgence 24', 'Places en logement accompagné 36', 'Personnes hébergées 312'], false],
  ])('the page after a contents page: %s', (_name, page4, dropped) => {
    const lines = [
      line('Sommaire', { page: 3 }),
      line('Chapitre 1 — Représenter les employeurs 5', { page: 3 }),
      line('Auprès du gouvernement 6', { page: 3 }),
      line('Chapitre 7 — La vie de la fédération 29', { page: 3 }),
      // A title is set larger than the lines under it.
      ...page4.map((text) => line(text, { page: 4, size: /chiffres$/u.test(text) ? 20 : 10 })),
      line('Éditorial', { page: 5 }),
      line('Le rapport annuel constitue un exercice obligé.', { page: 5 }),
    ];
    expect(dropContentsPages(lines).filter((l) => l.page === 4).length).toBe(dropped ? 0 : page4.length);
    expect(dropContentsPages(lines).filter((l) => l.page === 3)).toEqual([]);
  });

  it('keeps a page of paragraphs whose sidebar opens with « Sommaire » and lists figures', () => {
    const sidebar = ['Sommaire', 'Les personnes âgées 2', 'Le handicap 4', 'Bénéficiaires de l’APA 18 450', 'Places en EHPAD 11 230'];
    const text = [
      'Le département a poursuivi la transformation de l’offre à domicile.',
      'Les plans d’aide ont été revus pour tenir compte de la revalorisation',
      'du tarif plancher, qui a pesé sur le budget de l’autonomie.',
      'Le fonds exceptionnel a bénéficié à dix-sept établissements.',
      'Les aides ont été attribuées après l’examen des situations financières.',
    ];
    const lines = [...sidebar, ...text].map((text) => line(text, { page: 3 }));
    expect(dropContentsPages(lines)).toHaveLength(lines.length);
  });

  it('keeps a page of short sections and a table, few of its lines ending a sentence, whose sidebar opens with « Sommaire »', () => {
    const sidebar = ['SOMMAIRE', '1. Le mot de la vice-', 'présidente', '2. Les aides à domicile', '3. Les établissements', '4. Le handicap', '5. Les moyens', '9 870', 'demandes déposées', '186'];
    const text = [
      'Le handicap',
      'La maison départementale des personnes handicapées accueille, informe',
      'et oriente les personnes en situation de handicap et leurs familles. Elle',
      'instruit les demandes de prestations et d’orientation vers les',
      'établissements et services médico-sociaux.',
      'La prestation de compensation du handicap',
      'Les demandes de PCH ont augmenté de 6 %, sous l’effet notamment de',
      'l’ouverture de la prestation aux besoins d’aide à la parentalité et de',
      'l’élargissement aux personnes présentant une altération des fonctions',
      'Les moyens',
      'Dépenses de fonctionnement M€',
      'Allocation personnalisée d’autonomie 168',
      'Prestation de compensation du handicap 71',
      'Aide sociale à l’hébergement 124',
      'Autres dépenses 49',
      'Total 412',
    ];
    const lines = [...sidebar, ...text].map((text) => line(text, { page: 5 }));
    expect(dropContentsPages(lines)).toHaveLength(lines.length);
  });

  it('drops a table of contents printed on a page of text, its entries with leader dots or wrapped, and only that', () => {
    const lines = [
      'Rapport présenté au conseil de la vie sociale le 14 mars 2024.', 'Sommaire',
      '1. PRÉSENTATION DE L’ÉTABLISSEMENT ........................ 2', '1.1 Le cadre juridique et les autorisations ........ 2',
      '2. L’OFFRE DE SERVICES, DE L’HÉBERGEMENT PERMANENT À', 'L’ACCUEIL DE JOUR ........................................ 3', '3. PERSPECTIVES 5',
      'L’établissement accueille 84 résidents.',
    ].map((text) => line(text, { page: 1 }));
    expect(dropContentsLists(lines).map((l) => l.text)).toEqual(['Rapport présenté au conseil de la vie sociale le 14 mars 2024.', 'L’établissement accueille 84 résidents.']);
  });

  it('drops a contents list with spaced leaders and sub-entries without numbers, indented, up to its last numbered entry', () => {
    const entries: [string, number][] = [
      ['Sommaire', 57], ['1. Le mot du président . . . . . . . . . . . .3', 57], ['2. Les salariés en parcours . . . . . . . .4', 57],
      ['Qui sont les salariés accueillis', 80], ['Les sorties', 80], ['3. Les activités de production . . . . . . 5', 57], ['La recyclerie', 80],
    ];
    const lines = [...entries.map(([text, x]) => line(text, { x })), line('Le conseil d’administration s’est réuni six fois.', { x: 57 })];
    // Unnumbered lines after the last numbered entry may be an indented paragraph: they stay.
    expect(dropContentsLists(lines).map((l) => l.text)).toEqual(['La recyclerie', 'Le conseil d’administration s’est réuni six fois.']);
  });

  it('keeps a « Sommaire » heading over fewer than three page numbers', () => {
    const lines = ['Sommaire', 'Le sommaire de la conférence tenait en 3', 'points.'].map((text) => line(text, { page: 1 }));
    expect(dropContentsLists(lines)).toHaveLength(3);
  });

  it('keeps a page that only mentions a summary', () => {
    const lines = [line('Sommaire', { page: 5 }), line('Le sommaire de la conférence tenait en 3 points.', { page: 5 })];
    expect(dropContentsPages(lines)).toHaveLength(2);
  });
});
