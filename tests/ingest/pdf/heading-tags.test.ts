import { describe, expect, it } from 'vitest';
import { outlineOfHeadingTags } from '../../../src/ingest/pdf/layout/heading-tags';
import type { Bookmark } from '../../../src/ingest/pdf/layout/types';

const tag = (level: number): Bookmark => ({ title: `H${level}`, level, page: 1, top: null });

describe('heading tags as an outline', () => {
  it.each<[string, number[], number[]]>([
    ['H1 to H3 keep their levels', [1, 2, 3, 2, 1], [1, 2, 3, 2, 1]],
    ['sections in Heading 2 under a title paragraph are the top level', [2, 3, 3, 2], [1, 2, 2, 1]],
    ['a level the author skipped (H1 then H3) leaves no gap', [1, 3, 3, 1], [1, 2, 2, 1]],
    ['no tags, no outline', [], []],
  ])('%s', (_name, levels, expected) => {
    expect(outlineOfHeadingTags(levels.map(tag)).map((heading) => heading.level)).toEqual(expected);
  });
});
