import { describe, expect, it } from 'vitest';
import { tableOfContents, type TocEntry } from '../../src/web/table-of-contents';

/** `title` or `title > child` lines, indented two spaces per depth; `(group)` marks an entry without link. */
function outline(entries: TocEntry[], depth = 0): string[] {
  return entries.flatMap((entry) => [
    `${'  '.repeat(depth)}${entry.title}${entry.id === undefined ? ' (group)' : ''}`,
    ...outline(entry.children, depth + 1),
  ]);
}

const section = (title: string, ...breadcrumb: string[]) => ({ id: title.toLowerCase(), title, breadcrumb });

describe('tableOfContents', () => {
  it.each([
    ['flat sections stay flat', [section('A'), section('B')], ['A', 'B']],
    [
      'children under their parent, back up a level after them',
      [section('A'), section('A1', 'A'), section('A1a', 'A', 'A1'), section('A2', 'A'), section('B')],
      ['A', '  A1', '    A1a', '  A2', 'B'],
    ],
    [
      'a heading with no text of its own groups its children without a link',
      [section('Ségur', 'Prises de position'), section('Laforcade', 'Prises de position'), section('Après')],
      ['Prises de position (group)', '  Ségur', '  Laforcade', 'Après'],
    ],
    [
      'a group inside a section',
      [section('Chapitre'), section('Ségur', 'Chapitre', 'Positions'), section('Suite', 'Chapitre')],
      ['Chapitre', '  Positions (group)', '    Ségur', '  Suite'],
    ],
    [
      'the same group title twice, apart, is two groups',
      [section('Rennes', 'BRETAGNE'), section('Lyon', 'RHÔNE'), section('Brest', 'BRETAGNE')],
      ['BRETAGNE (group)', '  Rennes', 'RHÔNE (group)', '  Lyon', 'BRETAGNE (group)', '  Brest'],
    ],
    ['no section, no entry', [], []],
  ])('%s', (_case, sections, expected) => {
    expect(outline(tableOfContents(sections))).toEqual(expected);
  });

  it('keeps each section’s id as its anchor', () => {
    const [entry] = tableOfContents([{ id: 'la-mission-laforcade', title: 'La mission Laforcade', breadcrumb: [] }]);
    expect(entry).toEqual({ id: 'la-mission-laforcade', title: 'La mission Laforcade', children: [] });
  });
});
