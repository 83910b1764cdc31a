import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/ingest/text/blocks';
import { detectHeadings, type Item } from '../../../src/ingest/text/detect-headings';
import { toSourceLines } from '../../../src/ingest/text/source-lines';

const detect = (text: string): Item[] => detectHeadings(splitBlocks(toSourceLines([text])));
const headings = (text: string) =>
  detect(text).flatMap((item) => (item.kind === 'heading' ? [`${item.form}: ${item.title}`] : item.kind === 'box' ? [`box: ${item.title}`] : []));

describe('detectHeadings', () => {
  it.each([
    {
      name: 'a multi-line title ended by forced breaks is one title',
      text: 'Protection juridique des majeurs : \nl’UDAF 74 et Nexem lancent  \nun recours pour excès de pouvoir\n\nNomination de Michel Barnier.',
      expected: ['block: Protection juridique des majeurs : l’UDAF 74 et Nexem lancent un recours pour excès de pouvoir'],
    },
    {
      name: 'a title on top of its text in the same block',
      text: 'Accord de méthode  \npour la CCUE : une volonté \ncommune d’avancer\nDans le même temps est signé un \naccord de méthode.',
      expected: ['leading: Accord de méthode pour la CCUE : une volonté commune d’avancer'],
    },
    {
      name: 'a title split by a blank line is joined with its lower-case end',
      text: 'Une mobilisation sans \nrelâche pour le financement \n\nglobal du secteur\n\nLe texte suit ici, assez long pour un corps.',
      expected: ['block: Une mobilisation sans relâche pour le financement global du secteur'],
    },
    {
      name: 'the month of a timeline is not a title, the event under it is',
      text: 'OCTOBRE\nEnquête IFOP/Nexem sur \nl’attractivité des métiers\nSi 85% d’entre eux estiment que \nces métiers ont un impact.',
      expected: ['leading: Enquête IFOP/Nexem sur l’attractivité des métiers'],
    },
    {
      name: 'chart labels and figures are not titles',
      text: 'NORMANDIE\n122\n\nBRETAGNE\n85\n\n4 \nréunions du groupe de travail \n\nPlacement familial de la Commission \nProtection de l’enfance',
      expected: [],
    },
    {
      name: 'a name with a role under a quotation is not a title',
      text: '« Il est urgent de refonder le modèle. »\n\nCyril Durand,  \nDirecteur général Linkiaa',
      expected: [],
    },
    {
      name: 'a block whose sentence goes on in the next block is prose',
      text: 'Humanifest porte des propositions \nambitieuses pour répondre à \n\nl’attractivité du secteur et à l’urgence.',
      expected: [],
    },
    {
      name: 'lines that all wrap softly, the last included, are a sentence cut by a column break',
      text: 'Nexem s’est par ailleurs investie \nactivement dans l’interfédérale \n\nContentieux et recours : la pression s’intensifie \n\nUne systématisation  \ndes contentieux  \nPour dénoncer les manquements des pouvoirs publics.',
      expected: ['block: Contentieux et recours : la pression s’intensifie', 'leading: Une systématisation des contentieux'],
    },
    {
      name: 'a table of contents entry with its page is no title',
      text: 'Sommaire\n\n1 UNE ANNÉE DE COMBAT(S) 04\n\nLe texte suit ici, assez long pour un corps.',
      expected: [],
    },
    {
      name: 'an all-caps box title keeps its attribution lines',
      text: 'Le texte de la boîte, assez long pour être du texte.\n\nPAROLE À : SANDRA BERTEZENE\nprofesseur au CNAM',
      expected: ['box: PAROLE À : SANDRA BERTEZENE'],
    },
  ])('$name', ({ text, expected }) => {
    expect(headings(text)).toEqual(expected);
  });
});
