import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/ingest/text/detect-headings';
import { relocateDisplacedTitles, restoreInterruptedSentences } from '../../../src/ingest/text/layout-order';

const line = (text: string) => ({ text, end: 'hard' as const, frameStart: false, page: 1 });
const text = (frame: number, ...lines: string[]): Item => ({ kind: 'text', lines: lines.map(line), page: 1, frame });
const heading = (frame: number, title: string, endsPage = false): Item => ({
  kind: 'heading', title, page: 1, frame, form: 'block', relocated: false, endsPage,
});
const order = (items: Item[]) => items.map((item) => (item.kind === 'text' ? item.lines[0]?.text : `# ${item.title}`));

const PROSE = 'Au lendemain des élections européennes de juin, la dissolution de l’Assemblée nationale met fin au mandat.';

describe('relocateDisplacedTitles', () => {
  it('moves the titles printed at the end of a text frame to its start', () => {
    const items = [text(1, PROSE), text(1, 'Sans précédent à de nombreux égards.'), heading(1, 'Un contexte politique perturbé'), heading(1, 'Un climat d’incertitude'), text(2, 'dans sa déclaration')];
    expect(order(relocateDisplacedTitles(items))).toEqual([
      '# Un contexte politique perturbé', PROSE, 'Sans précédent à de nombreux égards.', '# Un climat d’incertitude', 'dans sa déclaration',
    ]);
  });

  it('leaves a title that closes a printed page in place: it opens the next page', () => {
    const items = [text(1, PROSE), heading(1, 'Une forte implication régionale', true), text(2, 'HAUTS-DE-FRANCE')];
    expect(order(relocateDisplacedTitles(items))).toEqual(order(items));
  });

  it('leaves frames that open with their title alone', () => {
    const items = [heading(1, 'PLF et PLFSS'), text(1, PROSE)];
    expect(order(relocateDisplacedTitles(items))).toEqual(order(items));
  });
});

describe('restoreInterruptedSentences', () => {
  it('puts a sentence resumed after a title back before the title', () => {
    const items = [text(1, 'Toutefois, à l’appel de Départements'), heading(1, 'Le combat pour l’effectivité'), text(1, 'de France, plusieurs départements ont refusé.'), text(1, 'Trois départements ont même déposé une requête.')];
    expect(order(restoreInterruptedSentences(items))).toEqual([
      'Toutefois, à l’appel de Départements', 'de France, plusieurs départements ont refusé.', '# Le combat pour l’effectivité', 'Trois départements ont même déposé une requête.',
    ]);
  });

  const opening = (frame: number, text: string): Item => ({ kind: 'text', lines: [{ ...line(text), frameStart: true }], page: 1, frame });

  it.each<{ name: string; items: Item[]; expected: (string | undefined)[] }>([
    {
      name: 'over a finished chapeau printed between the cut sentence and the titles',
      items: [text(1, 'En janvier 2025, rappelant que la santé est « la toute première'), text(1, 'Sans précédent, le contexte a ralenti les projets.'),
        heading(1, 'Un climat d’incertitude'), opening(2, 'préoccupation des Français », le Premier ministre annonce.'), text(2, 'Autre élément de contexte.')],
      expected: ['En janvier 2025, rappelant que la santé est « la toute première', 'préoccupation des Français », le Premier ministre annonce.',
        'Sans précédent, le contexte a ralenti les projets.', '# Un climat d’incertitude', 'Autre élément de contexte.'],
    },
    {
      name: 'a resumption opening a frame takes the lower-case texts after it in that frame, not the next paragraph',
      items: [text(1, 'Pour ce faire, Nexem a construit'), heading(1, 'Renforcer l’accompagnement'), opening(2, 'un partenariat avec le CNAM, spécialiste du management'),
        text(2, 'reconnu, et une co-construction.'), text(2, 'Cette démarche s’inscrit dans Humanifest.')],
      expected: ['Pour ce faire, Nexem a construit', 'un partenariat avec le CNAM, spécialiste du management', 'reconnu, et une co-construction.',
        '# Renforcer l’accompagnement', 'Cette démarche s’inscrit dans Humanifest.'],
    },
    {
      name: 'two finished paragraphs before the titles: the cut sentence is too far',
      items: [text(1, 'Pour ce faire, Nexem a construit'), text(1, 'Un paragraphe fini.'), text(1, 'Un autre paragraphe fini.'), heading(1, 'Titre'), text(1, 'un partenariat.')],
      expected: ['Pour ce faire, Nexem a construit', 'Un paragraphe fini.', 'Un autre paragraphe fini.', '# Titre', 'un partenariat.'],
    },
  ])('puts a resumed sentence back $name', ({ items, expected }) => {
    expect(order(restoreInterruptedSentences(items))).toEqual(expected);
  });

  it('keeps a finished paragraph and the text of the title apart', () => {
    const items = [text(1, 'Le texte est fini.'), heading(1, 'Titre suivant'), text(1, 'après le titre, en minuscules.')];
    expect(order(restoreInterruptedSentences(items))).toEqual(order(items));
  });
});
