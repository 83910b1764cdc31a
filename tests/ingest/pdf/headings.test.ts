import { describe, expect, it } from 'vitest';
import { layoutHeadings, titleBlocks } from '../../../src/ingest/pdf/layout/headings';
import { joinTitleLines } from '../../../src/ingest/pdf/layout/title-text';
import { buildVocabulary } from '../../../src/ingest/repair/vocabulary';
import { bodySize, rankStyles, type TextStyle } from '../../../src/ingest/pdf/layout/styles';
import type { Line } from '../../../src/ingest/pdf/layout/types';
import { line } from './items';

const body = (text: string, y: number, fields: Partial<Line> = {}) => line(text, { y, ...fields });
const heading = (text: string, y: number, size: number, bold = true, fields: Partial<Line> = {}) => line(text, { y, size, bold, ...fields });
const prose = 'Les associations ont poursuivi leurs missions auprès des personnes fragiles.';
/** Six lines of body text from `top` down: a page with text, not a cover. */
const paragraph = (top: number) => [0, 1, 2, 3, 4, 5].map((n) => body(prose, top - 14 * n));

/** Headings found, as « level title ». */
function found(lines: Line[]): string[] {
  return layoutHeadings(lines).headings.map((h) => `${h.level} ${h.title}`);
}

describe('headings from the layout', () => {
  it('takes the body size from the size carrying the most characters', () => {
    expect(bodySize([heading('Un très long titre de chapitre', 700, 24), body(prose, 680), body(prose, 666)])).toBe(10);
  });

  it('ranks heading styles: larger first, bold before regular at one size', () => {
    const ranks = rankStyles([{ size: 13, bold: false }, { size: 20, bold: true }, { size: 13, bold: true }, { size: 20, bold: true }]);
    expect([...ranks]).toEqual([['20b', 1], ['13b', 2], ['13', 3]]);
  });

  it.each<[string, TextStyle[], [string, number][]]>([
    [
      'bold capitals at 10 pt, then small capitals at 10.5 pt',
      [{ size: 16, bold: true }, { size: 10, bold: true }, { size: 10.5, bold: false }, { size: 10, bold: true }, { size: 12, bold: false }],
      [['16b', 1], ['12', 2], ['10b', 3], ['10.5', 4]],
    ],
    [
      'two bold sizes half a point apart, the smaller used first: size decides',
      [{ size: 12, bold: true }, { size: 12.5, bold: true }, { size: 12, bold: true }],
      [['12.5b', 1], ['12b', 2]],
    ],
    [
      'bold italic once in the front matter, then bold before bold italic: the front matter does not count',
      [{ size: 10, bold: true, italic: true }, { size: 10, bold: true, caps: true }, { size: 10, bold: true }, { size: 10, bold: true, italic: true }],
      [['10bC', 1], ['10b', 2], ['10bi', 3]],
    ],
    [
      'capitals at 12 pt, then bold at 11.5 pt',
      [{ size: 12, bold: false }, { size: 11.5, bold: true }, { size: 11.5, bold: true }, { size: 12, bold: false }],
      [['12', 1], ['11.5b', 2]],
    ],
  ])('sizes half a point apart, bold against regular, rank in the order the report first uses them (%s)', (_name, styles, expected) => {
    expect([...rankStyles(styles)]).toEqual(expected);
  });

  it.each<[string, Line[], string[]]>([
    [
      'three sizes are three levels',
      [heading('Éditorial', 760, 20), heading('Une année de combat', 730, 15), body(prose, 710), heading('Pôle OSMS', 690, 12), body(prose, 670)],
      ['1 Éditorial', '2 Une année de combat', '3 Pôle OSMS'],
    ],
    [
      'a title on several lines is one title',
      [heading('ÉCLAIRER L’INSTANT ET', 716, 13), heading('PRÉPARER L’AVENIR', 698, 13), ...paragraph(678)],
      ['1 ÉCLAIRER L’INSTANT ET PRÉPARER L’AVENIR'],
    ],
    [
      'two titles of one style apart from each other stay two',
      [heading('Le Ségur de la santé', 700, 13), body(prose, 680), heading('La mission Laforcade', 640, 13), body(prose, 620)],
      ['1 Le Ségur de la santé', '1 La mission Laforcade'],
    ],
    ['a key figure printed large is no title', [heading('84 %', 700, 24), body('des adhérents satisfaits', 680), body(prose, 660)], []],
    ['nor is a key figure with its unit', [heading('4,5 mois', 700, 17), body('de délai moyen de recrutement', 680), ...paragraph(660)], []],
    ['nor a share with a few words', [heading('38 % des salariés', 700, 24), body('ont plus de cinquante ans', 680), ...paragraph(660)], []],
    [
      'nor a key figure’s unit set large on a line of its own, in small letters',
      [heading('Chapitre', 760, 18), ...paragraph(740), heading('14', 640, 23, false), heading('établissements', 612, 23, false, { block: 1 }), body('et services dans le département', 598, { block: 1 }), ...paragraph(580).map((l) => ({ ...l, block: 1 }))],
      ['1 Chapitre'],
    ],
    [
      'nor a unit in small letters right under its figure, in a style of its own',
      [heading('Chapitre', 760, 18), ...paragraph(740), heading('2 140', 640, 24), heading('personnes aidées', 622, 11), ...paragraph(604)],
      ['1 Chapitre'],
    ],
    [
      'a chapter title set in small letters, in a style of titles only, is a title',
      [heading('l’essentiel', 760, 28, false), ...paragraph(730), heading('Le mot de la présidente', 640, 14), ...paragraph(620),
        ...[heading('repères', 760, 28, false), ...paragraph(730)].map((l) => ({ ...l, page: 2 }))],
      ['1 l’essentiel', '2 Le mot de la présidente', '1 repères'],
    ],
    [
      'a chapter number set far below the end of the last chapter joins its title, in small letters or not',
      [heading('01', 790, 40), heading('l’essentiel', 750, 28), ...paragraph(720), heading('02', 560, 40), heading('nos actions', 520, 28), ...paragraph(490)],
      ['1 01 l’essentiel', '1 02 nos actions'],
    ],
    ['a year opening a title leaves it a title', [heading('2020 en chiffres', 700, 17), ...paragraph(680)], ['1 2020 en chiffres']],
    [
      'a pull quote set large is no title',
      [heading('Chapitre', 760, 18), ...paragraph(740), heading('« Une classification lisible, c’est aussi un argument pour recruter. »', 640, 13, false), ...paragraph(620)],
      ['1 Chapitre'],
    ],
    [
      'a sentence set large in italics over who said it is a quote, no title; an italic title stays one, sentence or not',
      [
        heading('Chapitre', 760, 18), ...paragraph(740),
        heading('Chaque place fermée faute de personnel est une personne qui reste sans réponse.', 640, 12.5, false, { font: 'X+DejaVuSerif-Italic' }),
        body('DÉLÉGUÉ RÉGIONAL', 624, { size: 7.5 }), ...paragraph(610),
        heading('Le conseil d’administration s’est réuni sept fois.', 560, 12.5, false, { font: 'X+DejaVuSerif-Italic' }), ...paragraph(540),
        heading('Les départements en première ligne', 440, 12.5, false, { font: 'X+DejaVuSerif-Italic' }), ...paragraph(420),
      ],
      ['1 Chapitre', '2 Le conseil d’administration s’est réuni sept fois.', '2 Les départements en première ligne'],
    ],
    [
      'a chapter number printed large above its title is part of it; the sentence set right under the title is its standfirst',
      [
        // A page of text before: the chapter opener is no masthead.
        ...paragraph(760),
        ...[
          heading('02', 760, 60, false), heading('Les métiers et l’emploi', 700, 26, false),
          heading('Recruter, fidéliser, reconnaître : la crise des métiers reste notre première préoccupation.', 660, 11.5, false),
          ...paragraph(620),
          heading('Un sentiment d’urgence', 520, 14), ...paragraph(500),
          heading('Le Livre Blanc est, avant tout, une invitation à passer à l’action.', 400, 11.5, false), ...paragraph(380),
        ].map((l) => ({ ...l, page: 2 })),
      ],
      ['1 02 Les métiers et l’emploi', '2 Un sentiment d’urgence', '3 Le Livre Blanc est, avant tout, une invitation à passer à l’action.'],
    ],
    [
      'a figure over a heading, under its label, is no chapter number; a chapter number read as a heading is its title’s',
      [
        ...paragraph(760),
        ...[
          body('Assistants familiaux recrutés en 2023', 760), heading('12', 740, 30, false), heading('Le placement familial', 700, 14), ...paragraph(680),
        ].map((l) => ({ ...l, page: 2 })),
        ...[heading('III', 760, 40, false), heading('Handicap : enfants et adolescents', 700, 26, false), ...paragraph(660)].map((l) => ({ ...l, page: 3 })),
      ],
      ['2 Le placement familial', '1 III Handicap : enfants et adolescents'],
    ],
    [
      'a chapter’s label right above its title is part of it, whatever its size',
      [...paragraph(760), ...[body('Chapitre 2', 760, { size: 12 }), heading('Protéger et accompagner les enfants', 730, 24), ...paragraph(700)].map((l) => ({ ...l, page: 2 }))],
      ['1 Chapitre 2 Protéger et accompagner les enfants'],
    ],
    [
      'a section title right under its chapter’s, one size down or bold, stays a title even as a sentence',
      [heading('Notre association', 760, 16), heading('Un projet associatif renouvelé.', 736, 13), ...paragraph(716)],
      ['1 Notre association', '2 Un projet associatif renouvelé.'],
    ],
    [
      'a numbered title over an indented first line, a list in regular weight or a bulleted list where its words start, stays a title',
      [
        heading('Chapitre', 760, 18), ...paragraph(740),
        heading('1. Nos établissements', 640, 10), body(prose, 626, { x: 69 }), ...paragraph(612),
        heading('2. L’entreprise adaptée', 520, 10), body('1. Une activité de sous-traitance', 506), body('2. Un atelier de conditionnement', 492), ...paragraph(478),
        heading('3. Les visites à domicile', 400, 10), body('Les visites de premier contact ;', 386, { x: 72 }), body('les visites de suivi.', 372, { x: 72 }), ...paragraph(358),
      ],
      ['1 Chapitre', '2 1. Nos établissements', '2 2. L’entreprise adaptée', '2 3. Les visites à domicile'],
    ],
    [
      'a quoted title without a full stop (an interview’s) stays a title',
      [heading('Chapitre', 760, 18), ...paragraph(740), heading('« Le métier a changé, pas l’envie »', 640, 13, false), ...paragraph(620)],
      ['1 Chapitre', '2 « Le métier a changé, pas l’envie »'],
    ],
    [
      'a long title stays a title; a lead paragraph as long, ending on a full stop, does not',
      [
        heading('A. Obtenir une convention collective unique étendue et financée, qui reconnaisse enfin la valeur du travail des salariés du secteur social et médico-social privé non lucratif', 760, 13), ...paragraph(720),
        heading('Une année de négociations intenses, de tensions sur l’emploi et d’initiatives locales remarquables : retour sur douze mois au service des associations employeuses.', 600, 13, false), ...paragraph(560),
      ],
      ['1 A. Obtenir une convention collective unique étendue et financée, qui reconnaisse enfin la valeur du travail des salariés du secteur social et médico-social privé non lucratif'],
    ],
    [
      'a numbered title at the body size stands alone under larger headings',
      [
        heading('2. Gouvernance', 760, 18), ...paragraph(740),
        heading('2.2.1 Le comité social et économique', 640, 10), ...paragraph(626),
        heading('2.3 Les comptes de l’exercice', 530, 10), ...paragraph(516),
      ],
      ['1 2. Gouvernance', '2 2.2.1 Le comité social et économique', '2 2.3 Les comptes de l’exercice'],
    ],
    [
      'the items of a bold numbered list are no titles, one after another or each over its indented text',
      [
        heading('Chapitre', 760, 18), ...paragraph(740),
        heading('1. Une classification fondée sur les compétences', 640, 10), heading('2. La reprise des avantages acquis', 626, 10), ...paragraph(612),
        heading('1. Comprendre le référentiel', 520, 10, true, { x: 65 }), body(prose, 506, { x: 77 }), body(prose, 492, { x: 77 }),
        heading('2. Réaliser une autoévaluation', 476, 10, true, { x: 65 }), body(prose, 462, { x: 77 }), body(prose, 448),
      ],
      ['1 Chapitre'],
    ],
    [
      'a title numbered « 1. » over its text stays a title',
      [heading('Chapitre', 760, 18), ...paragraph(740), heading('1. Des postes vacants dans tous les secteurs', 640, 10), ...paragraph(626)],
      ['1 Chapitre', '2 1. Des postes vacants dans tous les secteurs'],
    ],
    ['a long passage set large is a lead paragraph, no title', [1, 2, 3, 4, 5].map((n) => heading(`${prose} ${n}`, 760 - n * 16, 12, false)).concat(body(prose, 600)), []],
    [
      'bold at the body size is emphasis when larger headings exist',
      [heading('Chapitre', 760, 18), body(prose, 740), heading('100 à 120 appels traités', 720, 10), ...paragraph(700)],
      ['1 Chapitre'],
    ],
    [
      'bold at the body size standing alone is the lowest level under larger headings',
      [heading('Chapitre', 760, 18), body(prose, 740), heading('Le Ségur de la santé', 720, 10), ...paragraph(700)],
      ['1 Chapitre', '2 Le Ségur de la santé'],
    ],
    [
      'under larger headings, a bold lead-in that runs on, a sentence announcing a list, a list item and a name are emphasis',
      [
        heading('Chapitre', 760, 18), body(prose, 740),
        heading('L’avenant n°1 à l’accord interbranche relatif à la complémentaire santé, conclu', 720, 10), ...paragraph(706),
        heading('Axess a amorcé un mouvement historique :', 610, 10), body('garantir les missions d’intérêt général ;', 596, { x: 87 }),
        heading('Le site Internet dédié aux adhérents', 582, 10, true, { x: 87 }), body('La base documentaire de Nexem.', 568, { x: 87 }),
        heading('Béatrice', 554, 10), ...paragraph(540),
      ],
      ['1 Chapitre'],
    ],
    [
      'under larger headings, an interview’s bold question is its text, a title lettered « a) » is a title',
      [
        heading('Chapitre', 760, 18), body(prose, 740),
        heading('Quel regard portez-vous sur l’année écoulée ?', 720, 10), ...paragraph(706),
        heading('a) Les dotations de l’État', 610, 10), ...paragraph(592),
        heading('iii. Les charges de personnel', 510, 10), ...paragraph(496),
      ],
      ['1 Chapitre', '2 a) Les dotations de l’État', '2 iii. Les charges de personnel'],
    ],
    [
      'lettered items are no titles: a label over its text at the line pitch, an item after its neighbour in regular weight',
      [
        heading('Chapitre', 760, 18), body(prose, 740),
        heading('a) Réserve d’investissement : 60 000,00 euros', 720, 10), body('Cette réserve financera la rénovation des salles de bain.', 706),
        body('b) Foyer d’hébergement : excédent de 31 604,02 euros ;', 692),
        heading('c) Budget social de l’ESAT et SAVS : déficit de 23 426,26 euros.', 678, 10), ...paragraph(664),
      ],
      ['1 Chapitre'],
    ],
    [
      'an agenda’s dates in bold are labels, not titles',
      [heading('Agenda', 760, 13), body(prose, 740), heading('Jeudi 16 mai, 14 h', 720, 10), ...paragraph(706), heading('13 juin 2024 à 17 h 30', 620, 10), ...paragraph(606)],
      ['1 Agenda'],
    ],
    [
      'in a part of frequent questions, bold questions are its titles',
      [
        heading('Questions fréquentes', 760, 13), ...paragraph(740),
        heading('Qui peut bénéficier de la plateforme ?', 640, 10), ...paragraph(626),
        heading('Entretien avec Sophie Marchand', 540, 13), ...paragraph(520),
        heading('Comment est née la plateforme ?', 420, 10), ...paragraph(406),
      ],
      ['1 Questions fréquentes', '2 Qui peut bénéficier de la plateforme ?', '1 Entretien avec Sophie Marchand'],
    ],
    [
      'a table’s numbered caption is no title, set large or in bold',
      [
        heading('Chapitre', 760, 18), ...paragraph(740),
        heading('Tableau 1 – Effectifs salariés par secteur au 31 décembre 2023', 640, 10), ...paragraph(626),
        heading('Graphique 2 : Évolution des entrées', 540, 12), ...paragraph(526),
      ],
      ['1 Chapitre'],
    ],
    [
      'a title in the text’s size giving its unit over a table is the table’s caption; set larger, over prose, or with a remark in brackets, a title',
      [
        heading('Chapitre', 760, 18), ...paragraph(740),
        heading('Compte de résultat simplifié (en milliers d’euros)', 640, 10), ...[626, 614].map((y) => body('Cotisations des adhérents 1 842 1 967', y, { size: 9, cells: true })),
        ...paragraph(596),
        heading('Effectifs au 31 décembre (en ETP)', 520, 10), body('Poste 2022 2023', 506, { bold: true, size: 9 }), ...paragraph(494),
        heading('Répartition des charges (en milliers d’euros)', 420, 12), body('Groupe 2022 2023', 406, { bold: true, size: 9 }), ...paragraph(394),
        heading('Évolution des charges (en euros)', 320, 12), ...paragraph(306),
        heading('Les ressources (hors dons)', 220, 12), ...paragraph(206),
        heading('Perspectives', 120, 18), ...paragraph(100),
      ],
      ['1 Chapitre', '2 Répartition des charges (en milliers d’euros)', '2 Évolution des charges (en euros)', '2 Les ressources (hors dons)', '1 Perspectives'],
    ],
    [
      'in a glossary, bold terms over their definitions are entries, even under sub-parts set smaller (one named « Sigles »), until a part as large; a bold line over a term groups terms; a project named « Lexique … : » is no glossary',
      [
        heading('Bilan', 760, 13), ...paragraph(740),
        heading('Glossaire', 650, 13), heading('Sigles', 635, 12), heading('Équivalent temps plein', 620, 10), body('Unité de mesure du temps de travail.', 606),
        heading('Taux de rotation', 590, 10), body('Moyenne des entrées et des sorties.', 576),
        heading('Termes techniques', 560, 12), heading('Protection de l’enfance', 540, 10), body('Actions de prévention des départements.', 526),
        heading('Annexe 2 – Sigles et acronymes', 500, 13), heading('Centre communal d’action', 480, 10), body('Le CCAS de chaque commune.', 466),
        heading('Le vocabulaire sportif', 450, 10), heading('Division AB', 428, 10), body('Compétition des sportifs les plus autonomes.', 414),
        heading('Annexe 3 – Méthode', 400, 13), heading('Une enquête en ligne', 380, 10), ...paragraph(366),
        heading('Lexique LSF : un dictionnaire en ligne', 270, 13), heading('Un comité de relecture', 250, 10), ...paragraph(236),
      ],
      [
        '1 Bilan', '1 Glossaire', '2 Sigles', '2 Termes techniques', '1 Annexe 2 – Sigles et acronymes', '3 Le vocabulaire sportif',
        '1 Annexe 3 – Méthode', '3 Une enquête en ligne', '1 Lexique LSF : un dictionnaire en ligne', '3 Un comité de relecture',
      ],
    ],
    [
      'a short framed box’s title is no title; a title indented with its text to the right edge, an address block’s, a long framed interview’s, are',
      [
        heading('Attractivité', 760, 18), ...paragraph(740),
        heading('En chiffres', 650, 11, true, { x: 65 }), heading('1 240', 630, 17, true, { x: 65 }),
        body('postes non pourvus déclarés', 616, { x: 65, xEnd: 300 }), body('au 30 septembre', 604, { x: 65, xEnd: 160 }),
        heading('Une enquête auprès des adhérents', 580, 11), ...paragraph(566),
        heading('La méthode retenue', 480, 11, true, { x: 85 }), ...paragraph(466).map((line) => ({ ...line, x: 85 })),
        heading('Antenne d’Ambert', 440, 11, true, { x: 65 }), body('12 rue de la Gare, 63600 Ambert', 426, { x: 65, xEnd: 250 }), body('Du lundi au vendredi, de 9 h à 17 h', 414, { x: 65, xEnd: 250 }),
        body(prose, 400),
        heading('« Le métier a changé »', 380, 11, true, { x: 65 }),
        ...Array.from({ length: 13 }, (_, n) => body('Les personnes que nous accompagnons sont', 366 - 12 * n, { x: 65, xEnd: 300 })),
        ...paragraph(190),
        heading('Perspectives', 100, 18), body(prose, 80),
      ],
      ['1 Attractivité', '2 Une enquête auprès des adhérents', '2 La méthode retenue', '2 Antenne d’Ambert', '2 « Le métier a changé »', '1 Perspectives'],
    ],
    [
      'a bold title indented with its text, which runs to the right edge, is a title, after a colon too; a bold lead-in ending a sentence, a numbered item, a person or a title over quoted words are not',
      [
        heading('Présentation', 760, 18), ...paragraph(740),
        heading('1.1.1 Le fondement légal', 650, 10, true, { x: 85 }), ...paragraph(636).map((line) => ({ ...line, x: 85 })),
        body('Deux outils répondent aux questions des adhérents :', 540, { xEnd: 330 }),
        heading('Le site Internet des adhérents et sa base documentaire.', 520, 10, true, { x: 85 }), ...paragraph(506).slice(0, 2).map((line) => ({ ...line, x: 85 })),
        body('L’assemblée adopte les résolutions suivantes :', 484, { xEnd: 330 }),
        heading('Première résolution – Rapport moral', 470, 10, true, { x: 85 }), ...paragraph(456).slice(0, 2).map((line) => ({ ...line, x: 85 })),
        body('Les priorités sont les suivantes.', 410, { xEnd: 250 }),
        heading('1. Ouvrir l’accueil de loisirs', 396, 10, true, { x: 85 }), ...paragraph(382).slice(0, 2).map((line) => ({ ...line, x: 85 })),
        heading('Kevin, 34 ans, ouvrier en espaces verts', 340, 10, true, { x: 85 }), body('Au début j’avais peur d’aller dans une entreprise, maintenant je travaille deux', 326, { x: 85, xEnd: 432 }),
        heading('Une journée à la jardinerie', 310, 10, true, { x: 85 }), body('« On commence à huit heures, avec l’équipe du magasin, et on prépare les commandes', 296, { x: 85, xEnd: 432 }),
        heading('Perspectives', 280, 18), ...paragraph(260),
      ],
      ['1 Présentation', '2 1.1.1 Le fondement légal', '2 Première résolution – Rapport moral', '1 Perspectives'],
    ],
    [
      'a panel of key figures floated beside the text is no section, nor a row of figures read as one line; a table opening its block is a section’s',
      [
        heading('L’aide alimentaire', 760, 18), ...paragraph(740),
        ...paragraph(700).map((line) => ({ ...line, block: 1, xEnd: 350 })),
        heading('Les chiffres clés', 700, 10, true, { block: 2, x: 380 }),
        heading('612', 680, 18, true, { block: 2, x: 380 }), body('foyers inscrits', 668, { block: 2, x: 380, size: 7.8 }),
        heading('78 % 44,2 ans', 650, 18, true, { block: 2, x: 380 }), body('de femmes, d’âge moyen', 638, { block: 2, x: 380, size: 7.8 }),
        ...[heading('Liste des sigles', 500, 12, true, { block: 3 }), ...[486, 474, 462].map((y) => body('CCAS Centre communal d’action sociale', y, { block: 3, size: 8.5 }))],
        heading('Perspectives', 400, 18, true, { block: 4 }), ...paragraph(380).map((line) => ({ ...line, block: 4 })),
      ],
      ['1 L’aide alimentaire', '2 Liste des sigles', '1 Perspectives'],
    ],
    [
      'in text size, bold and bold italic are two levels, the one used first outside',
      [
        heading('Première partie', 760, 13), ...paragraph(740),
        heading('Titre II — Administration', 640, 10), ...paragraph(626),
        heading('Article 5 — Le conseil', 540, 10, true, { font: 'X+DejaVuSerif-BoldItalic' }), ...paragraph(526),
        heading('Titre III — Ressources', 440, 10), ...paragraph(426),
      ],
      ['1 Première partie', '2 Titre II — Administration', '3 Article 5 — Le conseil', '2 Titre III — Ressources'],
    ],
    [
      'a quotation set large in italics over who said it is no title, full stop or not',
      [
        heading('Chapitre', 760, 18), ...paragraph(740),
        heading('« Nous n’avons jamais refusé une famille faute de place »', 640, 14, false, { font: 'X+DejaVuSans-Oblique' }),
        body('Claire Dumas, présidente', 622, { size: 8.5 }), ...paragraph(606),
        heading('Les personnes accueillies', 500, 13), ...paragraph(480),
      ],
      ['1 Chapitre', '2 Les personnes accueillies'],
    ],
    [
      'quotations in italics set in the text in a style of their own are pulled quotes; one alone over « Entretien avec… » is a title',
      [
        heading('Chapitre', 760, 18), ...paragraph(740),
        heading('« Le logement n’est pas une récompense »', 640, 12.5, false, { font: 'X+DejaVuSerif-Italic' }), ...paragraph(620),
        heading('« Habiter, c’est choisir »', 520, 12.5, false, { font: 'X+DejaVuSerif-Italic' }), ...paragraph(500),
        ...[
          heading('« On ne décide plus à leur place »', 760, 15, false, { font: 'X+DejaVuSerif-Italic', block: 1 }),
          body('Entretien avec Nathalie Girard', 742, { size: 8.5, block: 1 }), ...paragraph(720).map((l) => ({ ...l, block: 2 })),
        ].map((l) => ({ ...l, page: 2 })),
        ...[heading('Chapitre suivant', 760, 18), ...paragraph(740)].map((l) => ({ ...l, page: 3 })),
      ],
      ['1 Chapitre', '2 « On ne décide plus à leur place »', '1 Chapitre suivant'],
    ],
    [
      'bold lines one right under the other with no text between, three or more, are a list (key figures); two are a chapter over its first section',
      [
        heading('L’association en bref', 760, 16), ...paragraph(740),
        heading('14 établissements et services', 640, 12), heading('1 260 personnes accompagnées', 610, 12), heading('438 salariés en CDI', 580, 12),
        ...paragraph(560), heading('Les faits marquants', 460, 12), heading('Une année de transformation', 430, 12), ...paragraph(410),
      ],
      ['1 L’association en bref', '2 Les faits marquants', '2 Une année de transformation'],
    ],
    [
      'a level set half a point larger from one chapter on is one level',
      [
        heading('Représenter', 760, 18), ...paragraph(740), heading('Auprès de l’État', 640, 14), ...paragraph(620),
        heading('Le PLFSS', 540, 11.5), ...paragraph(520),
        ...[heading('Négocier', 760, 18), ...paragraph(740), heading('La convention', 640, 14), ...paragraph(620),
          heading('Le calendrier', 540, 12), ...paragraph(520)].map((l) => ({ ...l, page: 2 })),
      ],
      ['1 Représenter', '2 Auprès de l’État', '3 Le PLFSS', '1 Négocier', '2 La convention', '3 Le calendrier'],
    ],
    [
      'two sizes half a point apart in one chapter are two levels',
      [
        heading('Représenter', 760, 18), ...paragraph(740), heading('Auprès de l’État', 640, 14), ...paragraph(620),
        heading('Le PLFSS', 540, 12), ...paragraph(520), heading('Les amendements', 440, 11.5), ...paragraph(420),
        ...[heading('Négocier', 760, 18), ...paragraph(740), heading('La convention', 640, 14), ...paragraph(620),
          heading('Le calendrier', 540, 12), ...paragraph(520)].map((l) => ({ ...l, page: 2 })),
      ],
      ['1 Représenter', '2 Auprès de l’État', '3 Le PLFSS', '4 Les amendements', '1 Négocier', '2 La convention', '3 Le calendrier'],
    ],
    [
      'bold at the body size is a heading when nothing is larger',
      [heading('Les accords signés', 760, 10), body(prose, 740), heading('La prévoyance', 720, 10), body(prose, 700)],
      ['1 Les accords signés', '1 La prévoyance'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(found(lines)).toEqual(expected);
  });

  // [title, size, page]: a title opens its page, or follows its chapter's first paragraph.
  it.each<[string, [string, number, number][], string[]]>([
    [
      'front and back matter set a little smaller than the chapters, each opening a page, rank with the chapters',
      [['Éditorial', 24, 2], ['01 Représenter', 26, 3], ['Auprès de l’État', 16, 3], ['02 Négocier', 26, 4], ['La convention', 16, 4], ['Glossaire', 24, 5], ['Annexe 1 — Liste des adhérents', 24, 6]],
      ['1 Éditorial', '1 01 Représenter', '2 Auprès de l’État', '1 02 Négocier', '2 La convention', '1 Glossaire', '1 Annexe 1 — Liste des adhérents'],
    ],
    [
      'one-page sheets between the chapters stay under them',
      [['01 Le pôle enfance', 26, 2], ['Les faits marquants', 14, 2], ['La MECS Les Tilleuls', 24, 3], ['02 Le pôle adultes', 26, 4], ['Les faits marquants du pôle', 14, 4], ['Le foyer Les Cèdres', 24, 5]],
      ['1 01 Le pôle enfance', '3 Les faits marquants', '2 La MECS Les Tilleuls', '1 02 Le pôle adultes', '3 Les faits marquants du pôle', '2 Le foyer Les Cèdres'],
    ],
    [
      'parts opening straight onto one-page chapters stay over them',
      [['Première partie', 26, 2], ['Représenter', 24, 3], ['Négocier', 24, 4], ['Seconde partie', 26, 5], ['Former', 24, 6], ['Accompagner', 24, 7]],
      ['1 Première partie', '2 Représenter', '2 Négocier', '1 Seconde partie', '2 Former', '2 Accompagner'],
    ],
  ])('%s', (_name, outline, expected) => {
    const lines = outline.flatMap(([text, size, page], index) => {
      const top = outline[index - 1]?.[2] === page ? 600 : 760;
      return [heading(text, top, size), ...paragraph(top - 30)].map((l) => ({ ...l, page }));
    });
    // The report's own title, on its cover, so that the first heading is no title.
    const { headings } = layoutHeadings([heading('Rapport annuel 2024', 500, 40), ...lines]);
    expect(headings.map((h) => `${h.level} ${h.title}`)).toEqual(expected);
  });

  it('keeps the sections the masthead’s page holds after its opening paragraph', () => {
    const { title, headings } = layoutHeadings([
      heading('L’année 2023 en bref', 770, 26), ...paragraph(740), heading('Nos missions', 640, 14), ...paragraph(620), heading('Nos équipes', 520, 14), ...paragraph(500),
      ...[heading('L’activité', 760, 20), ...paragraph(740), heading('L’accueil', 640, 14), ...paragraph(620)].map((l) => ({ ...l, page: 2 })),
    ]);
    expect(title?.title).toBe('L’année 2023 en bref');
    expect(headings.map((h) => `${h.level} ${h.title}`)).toEqual(['2 Nos missions', '2 Nos équipes', '1 L’activité', '2 L’accueil']);
  });

  it('keeps a chapter, its section and its sub-section stacked with no text between, numbered, in one style', () => {
    const { headings } = layoutHeadings([
      heading('1. PRÉSENTATION', 760, 10), ...paragraph(740),
      ...[heading('2. L’ACTIVITÉ', 760, 10), heading('2.1 Le pôle enfance', 745, 10), heading('2.1.1 La MECS Les Tilleuls', 730, 10), ...paragraph(710),
        heading('2.1.2 Le placement familial', 610, 10), ...paragraph(590)].map((l) => ({ ...l, page: 2 })),
    ]);
    expect(headings.map((h) => h.title)).toEqual(['1. PRÉSENTATION', '2. L’ACTIVITÉ', '2.1 Le pôle enfance', '2.1.1 La MECS Les Tilleuls', '2.1.2 Le placement familial']);
  });

  it('sets the single largest heading opening the document, alone on its cover, apart as its title', () => {
    const { title, headings } = layoutHeadings([heading('Rapport annuel 2020', 500, 34), heading('Éditorial', 760, 20, true, { page: 3 }), body(prose, 700, { page: 3 })]);
    expect(title?.title).toBe('Rapport annuel 2020');
    expect(headings.map((h) => [h.title, h.level, h.page])).toEqual([['Éditorial', 1, 3]]);
  });

  it('reads the other headings of a cover (subtitle, date) as its text, so the report’s own headings start at level 1', () => {
    const { title, headings } = layoutHeadings([
      heading('Rapport d’activité 2023', 500, 30),
      heading('Association Horizons Solidaires', 460, 14, false),
      heading('Présenté à l’assemblée générale du 14 juin 2024', 440, 11, false),
      heading('1. Le mot de la présidente', 760, 18, true, { page: 2 }), ...paragraph(740).map((l) => ({ ...l, page: 2 })),
      heading('1.1 Une année de transition', 640, 13, true, { page: 2 }), ...paragraph(620).map((l) => ({ ...l, page: 2 })),
    ]);
    expect(title?.title).toBe('Rapport d’activité 2023');
    expect(headings.map((h) => [h.title, h.level])).toEqual([['1. Le mot de la présidente', 1], ['1.1 Une année de transition', 2]]);
  });

  it('reads a cover with an address block (many short lines, no running text) as a cover', () => {
    const address = ['LES JARDINS D’AUTOMNE', 'Fondation reconnue d’utilité publique', '12 rue des Tilleuls', '35000 Rennes', 'Tél. 02 99 00 00 00', 'contact@jardins.example', 'www.jardins.example'];
    const { title, headings } = layoutHeadings([
      ...address.map((text, i) => body(text, 780 - 14 * i, { size: 9 })),
      heading('Rapport annuel 2023', 600, 30), heading('Accueillir, soigner, accompagner', 560, 16, false),
      heading('Éditorial', 760, 24, true, { page: 2 }), ...paragraph(740).map((l) => ({ ...l, page: 2 })),
      heading('Nos établissements', 600, 16, true, { page: 2 }), ...paragraph(580).map((l) => ({ ...l, page: 2 })),
    ]);
    expect(title?.title).toBe('Rapport annuel 2023');
    expect(headings.map((h) => [h.title, h.level])).toEqual([['Éditorial', 1], ['Nos établissements', 2]]);
  });

  it('reads the year set large right under a cover’s title as part of the title', () => {
    const { title } = layoutHeadings([
      heading('Association Les Cèdres', 700, 16, false), heading('Rapport d’activité', 560, 32), heading('2023', 520, 28),
      heading('Éditorial', 760, 20, true, { page: 2 }), ...paragraph(740).map((l) => ({ ...l, page: 2 })),
      heading('Nos établissements', 600, 14, true, { page: 2 }), ...paragraph(580).map((l) => ({ ...l, page: 2 })),
    ]);
    expect(title?.title).toBe('Rapport d’activité 2023');
  });

  it('reads a group’s label set tight between a table’s rows as a row, and a title set apart between two tables as a title', () => {
    const rows = (top: number) => [0, 1].map((n) => line(`Carburant et entretien ${n} 11 850 12 500`, { y: top - 12 * n, cells: true }));
    const tight = [...rows(700), line('Groupe II — Personnel', { y: 676, bold: true }), ...rows(664)];
    expect(titleBlocks(tight, (l) => l.bold)).toEqual([]);
    const apart = [...rows(700), line('Les charges de personnel', { y: 650, bold: true }), ...rows(620)];
    expect(titleBlocks(apart, (l) => l.bold)).toEqual([{ first: 2, last: 2 }]);
  });

  it('finds the title of a cover under a kicker line', () => {
    const { title } = layoutHeadings([
      body('FÉDÉRATION DES EMPLOYEURS SOLIDAIRES · GRAND EST', 780, { size: 9 }),
      heading('Rapport annuel 2022', 740, 32),
      heading('Éditorial', 760, 19, true, { page: 2 }), ...paragraph(740).map((l) => ({ ...l, page: 2 })),
    ]);
    expect(title?.title).toBe('Rapport annuel 2022');
  });

  it('takes a masthead, far larger than the headings after it, as the title, and what it prints above the first of them as its text', () => {
    const { title, headings } = layoutHeadings([
      body('FÉDÉRATION DES EMPLOYEURS SOLIDAIRES', 780, { size: 9 }),
      heading('Rapport annuel 2022', 740, 32),
      heading('NUMÉRO SPÉCIAL', 716, 11, false),
      heading('Éditorial', 700, 19), ...paragraph(680),
      heading('Dialogue social', 560, 19), ...paragraph(540),
    ]);
    expect(title?.title).toBe('Rapport annuel 2022');
    expect(headings.map((h) => [h.title, h.level])).toEqual([['Éditorial', 1], ['Dialogue social', 1]]);
  });

  it('reads a report whose headings are bold text: its only larger heading is its title, capitals the outer level', () => {
    const page2 = (l: Line) => ({ ...l, page: 2 });
    const { title, headings } = layoutHeadings([
      body('Association Le Fil d’Argent', 780),
      heading('Rapport d’activité 2023', 760, 14),
      body('Assemblée générale du 6 avril 2024', 744),
      heading('RAPPORT MORAL', 720, 10), ...paragraph(706),
      heading('RAPPORT D’ACTIVITÉ', 600, 10),
      heading('1. Les visites à domicile', 586, 10), ...paragraph(572),
      ...[
        heading('Le téléphone de l’amitié :', 760, 10), ...paragraph(746),
        heading('TÉMOIGNAGES', 640, 10), ...paragraph(626),
        heading('Dépenses Montant Recettes', 520, 10, true, { cells: true }), body('Sorties 4 860 € Cotisations', 506),
      ].map(page2),
    ]);
    expect(title?.title).toBe('Rapport d’activité 2023');
    expect(headings.map((h) => `${h.level} ${h.title}`)).toEqual([
      '1 RAPPORT MORAL', '1 RAPPORT D’ACTIVITÉ', '2 1. Les visites à domicile', '2 Le téléphone de l’amitié :', '1 TÉMOIGNAGES',
    ]);
  });

  it('takes the first heading as the title when it stands apart: a few lines, no sentence, before the next', () => {
    const { title, headings } = layoutHeadings([
      heading('Rapport moral et projet de statuts', 760, 16),
      body('Association Les Amis du Foyer Saint-Joseph', 740),
      body('Assemblée générale ordinaire et extraordinaire du 8 juin 2024', 726),
      heading('Première partie — Rapport moral', 700, 13), ...paragraph(680),
      ...[heading('Seconde partie — Projet de statuts', 760, 13), ...paragraph(740)].map((l) => ({ ...l, page: 2 })),
    ]);
    expect(title?.title).toBe('Rapport moral et projet de statuts');
    expect(headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 Première partie — Rapport moral', '1 Seconde partie — Projet de statuts']);
  });

  it.each<[string, Line[], string | null]>([
    [
      'a chapter’s name over who signs it, set smaller than the text, is no report title',
      [heading('Éditorial', 760, 20), body('Marie-Hélène Roux, présidente', 740, { size: 9 }), heading('Tenir le cap, ensemble', 710, 14), ...paragraph(690),
        ...[heading('Nos établissements', 760, 14), ...paragraph(740)].map((l) => ({ ...l, page: 2 }))],
      null,
    ],
    [
      'nor is a question set far larger than the chapters',
      [heading('Qui sommes-nous ?', 760, 24), ...paragraph(740), heading('Notre histoire', 640, 14), ...paragraph(620),
        ...[heading('Nos missions', 760, 16), ...paragraph(740)].map((l) => ({ ...l, page: 2 }))],
      null,
    ],
    [
      'nor is « Sommaire » over its first entry',
      [heading('Sommaire', 760, 20), body('Un sommaire de quelques lignes', 740), heading('Tenir le cap, ensemble', 710, 14), ...paragraph(690),
        ...[heading('Nos établissements', 760, 14), ...paragraph(740)].map((l) => ({ ...l, page: 2 }))],
      null,
    ],
  ])('%s', (_name, lines, expected) => {
    expect(layoutHeadings(lines).title?.title ?? null).toBe(expected);
  });

  const tilleuls = 'L’accueil de jour Les Tilleuls : bilan et orientations';
  it.each<[string, string, string | null, string | null]>([
    ['is the title of a report of several pages', tilleuls, null, tilleuls],
    ['stays a heading when it names a part (« Éditorial »)', 'Éditorial', null, null],
    ['stays a heading when it asks a question', 'Qui sommes-nous ?', null, null],
    ['stays a heading when the PDF declares another title', tilleuls, 'Projet d’établissement 2024-2028', null],
  ])('the first heading, larger than every other, though a paragraph follows it, %s', (_name, first, declaredTitle, expected) => {
    const { title, headings } = layoutHeadings([
      heading(first, 760, 20), ...paragraph(740),
      heading('Le public accueilli', 640, 15), ...paragraph(620),
      ...[heading('L’organisation du service', 760, 15), ...paragraph(740)].map((l) => ({ ...l, page: 2 })),
    ], declaredTitle);
    expect(title?.title ?? null).toBe(expected);
    expect(headings.find((h) => h.title === 'Le public accueilli')?.level).toBe(expected === null ? 2 : 1);
  });

  // LaTeX's \maketitle on a page of its own sets the title smaller than \chapter; a deck's title slide uses its dividers' size.
  it.each<[string, string, number, string | null]>([
    ['a title page’s title set smaller than the chapters names the report', 'Rapport d’activité 2023 de l’ESAT Les Ateliers', 17, 'Rapport d’activité 2023 de l’ESAT Les Ateliers'],
    ['so does a title slide’s, in the dividers’ size', 'Maison d’enfants Le Phare', 25, 'Maison d’enfants Le Phare'],
    ['a numbered divider opening the document is no title', '1. Le projet de la MECS', 25, null],
    ['nor is a part’s name', 'Éditorial du président', 25, null],
  ])('%s', (_name, first, size, expected) => {
    const page = (n: number) => (l: Line) => ({ ...l, page: n });
    const { title } = layoutHeadings([
      heading(first, 600, size, false), body('Association Handi-Val', 560), body('Mars 2024', 540),
      ...[heading('Présentation de l’établissement', 700, 25), ...paragraph(660), heading('Le cadre réglementaire', 560, 14), ...paragraph(540)].map(page(2)),
      ...[heading('Les travailleurs accompagnés', 700, 25), ...paragraph(660)].map(page(3)),
    ]);
    expect(title?.title ?? null).toBe(expected);
  });

  it('takes a title page’s title in capitals for the title when the PDF declares it, the organisation set in its size being the cover’s text', () => {
    const page = (n: number) => (l: Line) => ({ ...l, page: n });
    const lines = [
      heading('RAPPORT D’ACTIVITÉ', 660, 12), heading('2023', 575, 80), heading('Union régionale des acteurs de la solidarité', 494, 12, false),
      ...[heading('Introduction', 770, 18), ...paragraph(740), heading('Une négociation de branche', 640, 13), ...paragraph(620)].map(page(2)),
      ...[heading('1. Représenter le secteur', 770, 18), ...paragraph(740)].map(page(3)),
    ];
    expect(layoutHeadings(lines).title).toBeNull();
    const declared = layoutHeadings(lines, 'Rapport d’activité 2023');
    expect(declared.title?.title).toBe('RAPPORT D’ACTIVITÉ 2023');
    expect(declared.headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 Introduction', '2 Une négociation de branche', '1 1. Représenter le secteur']);
  });

  it('of cover lines set in one size, takes the one the PDF declares for the title, the others being the cover’s text', () => {
    const page = (n: number) => (l: Line) => ({ ...l, page: n });
    const lines = [
      heading('ADAPEI DE LA LOIRE', 700, 18), heading('RAPPORT D’ACTIVITÉ 2023', 600, 18),
      ...[heading('Le mot du président', 770, 18), ...paragraph(740), heading('Nos établissements', 640, 13), ...paragraph(620)].map(page(2)),
      ...[heading('Les personnes accompagnées', 770, 18), ...paragraph(740)].map(page(3)),
    ];
    const declared = layoutHeadings(lines, 'Rapport d’activité 2023');
    expect(declared.title?.title).toBe('RAPPORT D’ACTIVITÉ 2023');
    expect(declared.headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 Le mot du président', '2 Nos établissements', '1 Les personnes accompagnées']);
  });

  it('takes a question the PDF declares as its title for the title (undeclared, it stays a heading)', () => {
    const question = 'Ségur pour tous et convention unique : où en est-on ?';
    const lines = [
      heading(question, 760, 17, false), heading('1 Introduction', 700, 14), ...paragraph(680),
      heading('2 Les revalorisations', 580, 14), ...paragraph(560),
      ...[heading('3 Nos recommandations', 760, 14), ...paragraph(740)].map((l) => ({ ...l, page: 2 })),
    ];
    expect(layoutHeadings(lines).title).toBeNull();
    const declared = layoutHeadings(lines, question);
    expect(declared.title?.title).toBe(question);
    expect(declared.headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 1 Introduction', '1 2 Les revalorisations', '1 3 Nos recommandations']);
  });

  it('takes the heading under a letterhead as the title when the PDF declares that title, though a paragraph of text follows it', () => {
    const lines = [
      heading('SAVS Les Passerelles', 790, 12),
      heading('Rapport d’activité 2023', 760, 20), ...paragraph(740),
      heading('Le service', 640, 15), ...paragraph(620),
      ...[heading('Les personnes accompagnées', 760, 15), ...paragraph(740)].map((l) => ({ ...l, page: 2 })),
    ];
    expect(layoutHeadings(lines).title).toBeNull();
    expect(layoutHeadings(lines, 'SAVS Les Passerelles — Rapport d’activité 2023').title?.title).toBe('Rapport d’activité 2023');
  });

  it.each<[string, Line[]]>([
    [
      'a word alone over its subtitle, no larger than 1.5 times the chapters',
      [heading('L’Escale', 760, 26, false), heading('Centre d’hébergement et de réinsertion sociale', 736, 15, false), body('Rapport d’activité 2023', 720),
        heading('Présentation', 690, 20, false), ...paragraph(670), ...[heading('L’activité', 760, 20, false), ...paragraph(740)].map((l) => ({ ...l, page: 2 }))],
    ],
    [
      'a title under a letterhead',
      [heading('ASSOCIATION LES TILLEULS', 780, 12), body('12 rue des Écoles', 766, { size: 9 }), body('16000 Angoulême', 756, { size: 9 }),
        heading('RAPPORT MORAL ET D’ACTIVITÉ 2023', 720, 15), ...paragraph(690), heading('I. RAPPORT MORAL', 600, 10), ...paragraph(586),
        ...[heading('II. RAPPORT D’ACTIVITÉ', 760, 10), ...paragraph(746)].map((l) => ({ ...l, page: 2 }))],
    ],
    [
      'a title under a letterhead with a notice in small print',
      [heading('Association Horizons', 790, 12), body('Ce document est remis aux membres de l’assemblée générale du 20 juin 2024 et sera publié.', 776, { size: 8 }),
        heading('Horizons', 740, 34), heading('Centre d’hébergement et de réinsertion sociale', 712, 14, false),
        heading('Le centre', 680, 16), ...paragraph(660), ...[heading('L’activité', 760, 16), ...paragraph(740)].map((l) => ({ ...l, page: 2 }))],
    ],
  ])('takes a masthead as the title: %s', (_name, lines) => {
    const { title, headings } = layoutHeadings(lines);
    expect(title).not.toBeNull();
    expect(headings.every((h) => h.level === 1)).toBe(true);
  });

  it.each<[string, Line[], string]>([
    [
      'a kicker carrying the year, right above it',
      [body('12, rue Moyenne — 18000 Bourges', 790, { size: 8 }), heading('RAPPORT D’ACTIVITÉ 2023', 760, 13), heading('Service d’AEMO du Cher', 730, 26, false)],
      'RAPPORT D’ACTIVITÉ 2023 Service d’AEMO du Cher',
    ],
    [
      'the report’s name and its year under a logo, which is the organisation’s mark',
      [heading('SAUVEGARDE 29', 780, 40), heading('Rapport d’activité', 740, 26, false), heading('2023', 690, 54, false)],
      'Rapport d’activité 2023',
    ],
    [
      'the report’s name and its year under the organisation’s name',
      [heading('Association Les Tilleuls', 780, 40), heading('Rapport d’activité', 740, 26, false), heading('2023', 690, 54, false)],
      'Association Les Tilleuls Rapport d’activité 2023',
    ],
    [
      'the establishment’s name and its year under the report’s name in capitals, which is no logo',
      [heading('RAPPORT D’ACTIVITÉ', 780, 40), heading('IME Les Peupliers', 740, 26, false), heading('2023', 690, 54, false)],
      'RAPPORT D’ACTIVITÉ IME Les Peupliers 2023',
    ],
    [
      'but not a founding year above it',
      [heading('Au service des familles depuis 1968', 760, 13), heading('Association Les Tilleuls', 730, 26, false)],
      'Association Les Tilleuls',
    ],
    [
      'nor the date of a meeting',
      [heading('Assemblée générale du 14 juin 2024', 760, 13), heading('Rapport moral du président', 730, 26, false)],
      'Rapport moral du président',
    ],
    [
      'nor a law',
      [heading('ASSOCIATION LOI 1901', 760, 13), heading('Rapport moral et d’activité', 730, 26, false)],
      'Rapport moral et d’activité',
    ],
    [
      'nor an anniversary under the organisation’s name, below a logo: the logo stays',
      [heading('ADAPEI 18', 780, 40), heading('Parents et amis du Cher', 740, 16, false), heading('1962 – 2022', 700, 20, false)],
      'ADAPEI 18',
    ],
  ])('a masthead’s title takes the year printed large around it: %s', (_name, top, expected) => {
    const { title, headings } = layoutHeadings([
      ...top, ...paragraph(660), heading('Éditorial', 560, 15), ...paragraph(540),
      ...[heading('L’activité', 760, 15), ...paragraph(740)].map((l) => ({ ...l, page: 2 })),
    ]);
    expect(title?.title).toBe(expected);
    expect(headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 Éditorial', '1 L’activité']);
  });

  it('reads a subtitle under a masthead, in regular weight and a style used once, as the masthead’s text', () => {
    const { title, headings } = layoutHeadings([
      heading('Rapport d’activité 2023', 760, 18), heading('EHPAD Les Glycines – Association Val de Loire', 740, 12, false),
      body('Rapport présenté au conseil de la vie sociale', 714), heading('1. PRÉSENTATION DE L’ÉTABLISSEMENT', 690, 10), ...paragraph(676),
      ...[heading('2. L’OFFRE DE SERVICES', 760, 10), heading('2.1 EHPAD', 740, 10), ...paragraph(726), heading('2.2 Accueil de jour', 620, 10), ...paragraph(606)].map((l) => ({ ...l, page: 2 })),
    ]);
    expect(title?.title).toBe('Rapport d’activité 2023');
    // Numbers outrank case: « 2.1 EHPAD » is a section of « 2. », as « 2.2 Accueil de jour » is.
    expect(headings.map((h) => `${h.level} ${h.title}`)).toEqual(['1 1. PRÉSENTATION DE L’ÉTABLISSEMENT', '1 2. L’OFFRE DE SERVICES', '2 2.1 EHPAD', '2 2.2 Accueil de jour']);
  });

  it('in a report told by weight alone, signatures, a bold closing sentence and a sentence announcing an indented list are no titles; a centred title is', () => {
    const page2 = (l: Line) => ({ ...l, page: 2 });
    const centred = (text: string, y: number, bold: boolean) => line(text, { y, bold, x: 295 - text.length * 2.5, xEnd: 295 + text.length * 2.5 });
    const { headings } = layoutHeadings([
      heading('Rapport d’activité 2023', 760, 16), ...paragraph(740),
      heading('LES ACTIONS', 640, 10), body(prose, 626),
      heading('Les actions conduites en 2023 ont porté sur :', 600, 10), body('la prévention des chutes ;', 586, { x: 77 }), body('la nutrition.', 572, { x: 77 }),
      ...[
        heading('Le bilan', 760, 10, true, { x: 280, xEnd: 320 }), ...paragraph(746),
        centred('Je vous remercie de votre attention et de votre fidélité.', 640, true), ...paragraph(612),
        centred('la trésorière,', 540, false), centred('Martine Roy', 526, true),
        heading('Thomas Lemaire', 480, 10, true, { x: 440, xEnd: 533 }),
      ].map(page2),
    ]);
    expect(headings.map((h) => h.title)).toEqual(['LES ACTIONS', 'Le bilan']);
  });

  it('reads a subtitle in regular weight right under a bold title, in a style found only there, as its text', () => {
    expect(found([
      heading('Nos pôles', 760, 18), ...paragraph(740),
      heading('Le pôle enfance', 640, 14), heading('Maison d’enfants à caractère social, placement familial', 622, 11, false), ...paragraph(604),
      heading('L’internat', 520, 11), ...paragraph(500),
      heading('Le pôle handicap', 420, 14), heading('Institut médico-éducatif, foyer d’accueil médicalisé', 402, 11, false), ...paragraph(384),
    ])).toEqual(['1 Nos pôles', '2 Le pôle enfance', '3 L’internat', '2 Le pôle handicap']);
  });

  it('finds titles set in italics in the text’s size, set apart above and bound to their text; quotations and references stay text', () => {
    const italic = { font: 'X+DejaVuSerif-Italic' };
    const para = (top: number) => [0, 1, 2].map((n) => body(prose, top - 14.5 * n));
    expect(found([
      heading('Le service', 760, 15), ...para(740),
      body('L’accès au logement', 685, italic), ...para(667),
      body('« Je ne savais pas payer une facture. »', 600, { ...italic, x: 85 }), ...para(579),
      body('Loi n° 2005-102 du 11 février 2005', 520, italic), ...para(499),
      body('La gestion du budget', 440, italic), ...para(422),
    ])).toEqual(['1 Le service', '2 L’accès au logement', '2 La gestion du budget']);
  });

  it('in a report told by weight alone, a short bold sentence over its text is a title; a long one, or one that holds no text, is emphasis', () => {
    const page2 = (l: Line) => ({ ...l, page: 2 });
    expect(layoutHeadings([
      heading('Rapport d’activité 2023', 760, 16), ...paragraph(740),
      heading('Une équipe stable et mieux formée.', 640, 10), ...paragraph(622),
      heading('Le taux d’absentéisme est passé de 11,2 % à 8,4 % en un an.', 520, 10), ...paragraph(502),
      ...[heading('Merci de votre fidélité.', 760, 10), heading('PERSPECTIVES', 730, 10), ...paragraph(712)].map(page2),
    ]).headings.map((h) => h.title)).toEqual(['Une équipe stable et mieux formée.', 'PERSPECTIVES']);
  });

  it('in a report told by weight alone, a centred name ending the document, set apart to be signed, is no title', () => {
    const centred = (text: string, y: number, bold: boolean) => line(text, { y, bold, x: 295 - text.length * 2.5, xEnd: 295 + text.length * 2.5 });
    expect(layoutHeadings([
      heading('Rapport d’activité 2023', 760, 16), ...paragraph(740).map((l) => ({ ...l, xEnd: 533 })),
      heading('PERSPECTIVES', 640, 10), ...paragraph(626).map((l) => ({ ...l, xEnd: 533 })),
      ...[centred('La directrice du pôle habitat,', 760, false), centred('Claire Moreau', 720, true)].map((l) => ({ ...l, page: 2 })),
    ]).headings.map((h) => h.title)).toEqual(['PERSPECTIVES']);
  });

  it('in a report told by weight alone, a centred title right under a paragraph’s last line, with no spacing, is a title', () => {
    const centred = (text: string, y: number) => heading(text, y, 10, true, { x: 295 - text.length * 2.5, xEnd: 295 + text.length * 2.5 });
    const text = (top: number) => [body(prose, top, { xEnd: 533 }), body(prose, top - 13.5, { xEnd: 533 }), body('renouvelée en juin.', top - 27, { xEnd: 160 })];
    expect(layoutHeadings([
      heading('Rapport d’activité 2023', 760, 16), ...paragraph(740).map((l) => ({ ...l, xEnd: 533 })),
      ...text(640), centred('L’accès au logement autonome', 599.5), ...text(586),
      ...[...text(760), centred('La santé et les soins', 719.5), ...text(706)].map((l) => ({ ...l, page: 2 })),
    ]).headings.map((h) => h.title)).toEqual(['L’accès au logement autonome', 'La santé et les soins']);
  });

  it('in a report told by weight alone, a style set centred and at the left edge is two levels, centred outside', () => {
    const centred = (text: string, y: number) => heading(text, y, 10, true, { x: 295 - text.length * 2.5, xEnd: 295 + text.length * 2.5 });
    const page2 = (l: Line) => ({ ...l, page: 2 });
    expect(layoutHeadings([
      heading('Rapport moral et d’activité 2023', 760, 15), ...paragraph(740).map((l) => ({ ...l, xEnd: 533 })),
      centred('Un projet associatif renouvelé', 640), ...paragraph(626).map((l) => ({ ...l, xEnd: 533 })),
      heading('La vie quotidienne et les activités', 540, 10), ...paragraph(526).map((l) => ({ ...l, xEnd: 533 })),
      ...[centred('La vie associative', 760), ...paragraph(746).map((l) => ({ ...l, xEnd: 533 })), heading('Les bénévoles et leurs actions', 640, 10), ...paragraph(626).map((l) => ({ ...l, xEnd: 533 }))].map(page2),
    ]).headings.map((h) => `${h.level} ${h.title}`)).toEqual([
      '1 Un projet associatif renouvelé', '2 La vie quotidienne et les activités', '1 La vie associative', '2 Les bénévoles et leurs actions',
    ]);
  });

  it('keeps levels from sizes, not case, where headings are set larger than the text', () => {
    expect(found([
      heading('Chapitre', 760, 18), ...paragraph(740),
      heading('NOTRE ACTION PENDANT LA CRISE', 640, 13), ...paragraph(620),
      heading('150 000 départs à anticiper', 520, 13), ...paragraph(500),
    ])).toEqual(['1 Chapitre', '2 NOTRE ACTION PENDANT LA CRISE', '2 150 000 départs à anticiper']);
  });

  it.each([
    ['a compound the text writes keeps its hyphen', ['Les centres sociaux au rendez-', 'vous du service public'], 'Les centres sociaux au rendez-vous du service public'],
    ['« engage-t-elle » keeps both', ['Comment la région s’engage-t-', 'elle ?'], 'Comment la région s’engage-t-elle ?'],
    ['a word the browser broke is whole', ['L’accompagne\u2010', 'ment des familles'], 'L’accompagnement des familles'],
  ])('joins a title’s lines with the document’s words: %s', (_name, texts, title) => {
    const vocabulary = buildVocabulary(['Un rendez-vous annuel.', 'Elle s’engage-t-elle vraiment ?', 'Un accompagnement renforcé.']);
    expect(joinTitleLines(texts.map((text) => line(text)), vocabulary)).toBe(title);
  });

  // The report's title is read before the document's words are counted.
  it.each([
    ['a French compound keeps its hyphen', ['Bilan du lieu d’accueil enfants-', 'parents La Marelle'], 'Bilan du lieu d’accueil enfants-parents La Marelle'],
    ['a French word broken in two is whole', ['Les établissements sous compé-', 'tence de l’État'], 'Les établissements sous compétence de l’État'],
  ])('joins a title’s lines without the document’s words: %s', (_name, texts, title) => {
    expect(joinTitleLines(texts.map((text) => line(text)))).toBe(title);
  });

  it('keeps a first heading that shares its page with text', () => {
    const { title } = layoutHeadings([heading('Rapport annuel 2020', 760, 24), ...[1, 2, 3, 4, 5, 6].map((n) => body(prose, 740 - 14 * n))]);
    expect(title).toBeNull();
  });

  it('keeps a first heading that other headings match in size', () => {
    const { title } = layoutHeadings([heading('Éditorial', 760, 18), body(prose, 740), heading('Négociations', 700, 18), body(prose, 680)]);
    expect(title).toBeNull();
  });
});
