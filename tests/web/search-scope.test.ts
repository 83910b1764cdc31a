// The search form's report list: every report in a small archive, only the one in view in a large one.
import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../src/search';
import { SCOPE_LIST_LIMIT, scopeOptions } from '../../src/web/search-scope';

function reports(count: number): ReportSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`, title: `Rapport ${i}`, year: 2000 + i, organisation: 'Nexem', sourceFile: `r${i}.md`,
    format: 'markdown' as const, pageCount: null, contentHash: '0'.repeat(64), sectionCount: 3, label: `Rapport ${i}`,
  }));
}

describe('scopeOptions', () => {
  it.each([
    ['a small archive, nothing selected', 3, undefined, ['r0', 'r1', 'r2'], []],
    ['a small archive, a report selected', 3, 'r1', ['r0', 'r1', 'r2'], ['r1']],
    ['as many reports as the limit', SCOPE_LIST_LIMIT, undefined, reports(SCOPE_LIST_LIMIT).map((r) => r.id), []],
    ['a large archive, nothing selected', SCOPE_LIST_LIMIT + 1, undefined, [], []],
    ['a large archive, the report in view', SCOPE_LIST_LIMIT + 1, 'r7', ['r7'], ['r7']],
    ['a large archive, an unknown report', SCOPE_LIST_LIMIT + 1, 'nulle-part', [], []],
  ])('%s', (_case, count, selected, listed, chosen) => {
    const options = scopeOptions(reports(count), selected);
    expect(options.map((option) => option.id)).toEqual(listed);
    expect(options.filter((option) => option.selected).map((option) => option.id)).toEqual(chosen);
  });
});
