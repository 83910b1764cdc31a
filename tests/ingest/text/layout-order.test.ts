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

  it('keeps a finished paragraph and the text of the title apart', () => {
    const items = [text(1, 'Le texte est fini.'), heading(1, 'Titre suivant'), text(1, 'après le titre, en minuscules.')];
    expect(order(restoreInterruptedSentences(items))).toEqual(order(items));
  });
});
