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
      'a chapter after lettered sections « A. », « B. », « C. » (no roman 100 before « III. »)',
      [['II. Les services', 1, 12], ['A. L’IME', 2, 12], ['B. Le SESSAD', 2, 12], ['C. Le CAMSP', 2, 12], ['III. Les perspectives', 2, 12]],
      [1, 2, 2, 2, 1],
    ],
    [
      'annexes set as chapters keep their place under « Annexes » once the chapters are lifted',
      [['1. Le projet', 1, 16], ['2. L’activité', 1, 16], ['3. Les équipes', 2, 16], ['4. Les perspectives', 2, 16], ['Annexes', 2, 16], ['Annexe 1 – Effectifs', 3, 16], ['Annexe 2 – Glossaire', 3, 16]],
      [1, 1, 1, 1, 1, 2, 2],
    ],
    [
      'parts and the chapters they hold, numbered straight through in one style, stay',
      [['Partie 1 – Le projet', 1, 12], ['1. Le mot de la présidente', 2, 12], ['2. Nos missions', 2, 12], ['Partie 2 – L’activité', 1, 12], ['3. Le public accompagné', 2, 12], ['Âge et situation familiale', 3, 12]],
      [1, 2, 2, 1, 2, 3],
    ],
    [
      'a closing chapter nested at the end of the last one, after its sections',
      [['Chapitre 1 – Un secteur sous tension', 1, 18], ['Les postes', 2, 14], ['Chapitre 2 – Les leviers', 2, 18], ['Recruter', 3, 14], ['Fidéliser', 3, 14], ['Glossaire', 3, 18]],
      [1, 2, 1, 2, 2, 1],
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
