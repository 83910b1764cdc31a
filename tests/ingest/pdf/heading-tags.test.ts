import { describe, expect, it } from 'vitest';
import { outlineOfHeadingTags, withoutSetApartBookmarks } from '../../../src/ingest/pdf/layout/heading-tags';
import type { HeadingTag } from '../../../src/ingest/pdf/layout/types';

/** « H2 » a section tagged H2; « H3 box », « H4 table »: one set in a box with other text, one right over a table. */
function tag(spec: string): HeadingTag {
  const [, level, title = `Section ${spec}`] = /^H(\d)(?: (.*))?$/.exec(spec)!;
  return { title: title.replace(/^(?:box|table)$/, `Section ${spec}`), level: Number(level), page: 1, top: null, inBox: title === 'box', overTable: title === 'table' };
}

const outline = (specs: string[]) => outlineOfHeadingTags(specs.map(tag)).map((heading) => `${heading.level} ${heading.title}`);

describe('heading tags as an outline', () => {
  it.each<[string, string[], string[]]>([
    ['H1 to H3 keep their levels', ['H1 A', 'H2 B', 'H3 C', 'H1 D'], ['1 A', '2 B', '3 C', '1 D']],
    ['sections in Heading 2 under a title paragraph are the top level', ['H2 A', 'H3 B', 'H2 C'], ['1 A', '2 B', '1 C']],
    ['a level the author skipped (H1 then H3) leaves no gap', ['H1 A', 'H3 B', 'H1 C'], ['1 A', '2 B', '1 C']],
    ['a heading set in a table cell or a sidebar with other text is a box’s title', ['H1 A', 'H3 box', 'H2 B'], ['1 A', '2 B']],
    ['a level used only right over tables is a caption style', ['H1 A', 'H2 B', 'H4 table', 'H2 C', 'H4 table'], ['1 A', '2 B', '2 C']],
    ['a section that opens on a table, at a level used elsewhere, stays', ['H1 A', 'H2 table', 'H2 C'], ['1 A', '2 Section H2 table', '2 C']],
    ['a quoted sentence in a heading style is a pull quote', ['H2 A', 'H3 « Ici, on vient me chercher. »', 'H3 B'], ['1 A', '2 B']],
    ['a quoted title without a full stop stays', ['H2 A', 'H3 « Le métier a changé, pas l’envie »'], ['1 A', '2 « Le métier a changé, pas l’envie »']],
    ['no tags, no outline', [], []],
  ])('%s', (_name, specs, expected) => {
    expect(outline(specs)).toEqual(expected);
  });

  it('drops the bookmarks the tags show are set apart, and keeps every bookmark of an untagged PDF', () => {
    const bookmarks = ['Section H1 A', 'À retenir', 'Tableau 1 — Activité', 'Section H2 B'].map((title, index) => ({ title, level: index === 0 ? 1 : 2, page: 1, top: null }));
    const tags = [tag('H1 A'), { ...tag('H3 box'), title: 'À RETENIR' }, { ...tag('H4 table'), title: 'Tableau 1 — Activité' }, tag('H2 B')];
    expect(withoutSetApartBookmarks(bookmarks, tags).map((bookmark) => bookmark.title)).toEqual(['Section H1 A', 'Section H2 B']);
    expect(withoutSetApartBookmarks(bookmarks, [])).toEqual(bookmarks);
  });
});
