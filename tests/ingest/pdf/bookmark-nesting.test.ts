import { describe, expect, it } from 'vitest';
import { liftNestedPeers } from '../../../src/ingest/pdf/layout/bookmark-nesting';
import type { Heading } from '../../../src/ingest/pdf/layout/headings';

/** `[title, bookmark level, printed size]`: chapters at 18 pt, sections at 14, sub-sections at 12. */
const headings = (rows: [string, number, number][]): Heading[] =>
  rows.map(([title, level, size], index) => ({ first: index, last: index, title, level, page: 1, style: { size, bold: true } }));
const levels = (rows: [string, number, number][]) => liftNestedPeers(headings(rows)).map((heading) => heading.level);

describe('bookmarks nested one level too deep (Ghostscript 10.00 re-distilling a PDF)', () => {
  it.each<[string, [string, number, number][], number[]]>([
    [
      'each chapter under the one before, with its sections, and an unnumbered peer at the end',
      [['I. Un secteur', 1, 18], ['A. Les besoins', 2, 14], ['1. Les postes', 3, 12], ['II. Nos orientations', 2, 18], ['A. La CCUE', 3, 14], ['III. La vie de l’Union', 3, 18], ['A. Gouvernance', 4, 14], ['Conclusion', 3, 18]],
      [1, 2, 3, 1, 2, 1, 2, 1],
    ],
    [
      'chapters numbered « Chapitre 1 – », « Chapitre 2 – »',
      [['Chapitre 1 – Un secteur sous tension', 1, 18], ['Les postes', 2, 14], ['Chapitre 2 – Ce que disent les professionnels', 2, 18], ['Le sens du travail', 3, 14], ['Glossaire', 2, 18]],
      [1, 2, 1, 2, 1],
    ],
    [
      'chapters numbered « 1 Notre association », « 2 Les temps forts »',
      [['1 Notre association', 1, 18], ['1.1 Nos missions', 2, 14], ['2 Les temps forts', 2, 18], ['2.1 Le contrat', 3, 14], ['3 L’année en chiffres', 3, 18]],
      [1, 2, 1, 2, 1],
    ],
    [
      'a tree as it should be stays',
      [['I. Un secteur', 1, 18], ['A. Les besoins', 2, 14], ['II. Nos orientations', 1, 18], ['A. La CCUE', 2, 14], ['Conclusion', 1, 18]],
      [1, 2, 1, 2, 1],
    ],
    [
      'sections printed in their chapter’s style and numbered 1, 2 under chapter 1 stay under it',
      [['1. Le contexte', 1, 14], ['1. Historique', 2, 14], ['2. Enjeux', 2, 14], ['2. Le bilan', 1, 14]],
      [1, 2, 2, 1],
    ],
    [
      'a heading in its parent’s style, where no numbering shows the fault, stays',
      [['Le pôle', 1, 14], ['Les chiffres', 2, 14], ['L’IME', 1, 14]],
      [1, 2, 1],
    ],
    [
      'a next number printed smaller is a section, not a peer',
      [['I. Un secteur', 1, 18], ['II. Une sous-partie', 2, 14]],
      [1, 2],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(levels(rows)).toEqual(expected);
  });
});
