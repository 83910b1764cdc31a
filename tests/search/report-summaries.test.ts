// How lists name reports: a title shared by several reports (a federation's member associations publish
// their own « Rapport annuel 2018 ») is told apart by organisation, then by id.
import { describe, expect, it } from 'vitest';
import { summariseReports } from '../../src/search/archive-parts';
import type { ReportMeta } from '../../src/types';

function report(id: string, title: string, organisation: string, year: number | null = 2018): ReportMeta & { sectionCount: number } {
  return { id, title, year, organisation, sourceFile: `${id}.md`, format: 'markdown', pageCount: null, contentHash: '0'.repeat(64), sectionCount: 1 };
}

describe('summariseReports', () => {
  it.each([
    ['a title of its own', [report('a', 'Rapport annuel 2018', 'Nexem')], ['Rapport annuel 2018']],
    [
      'a title shared by two organisations',
      [report('a', 'Rapport annuel 2018', 'Nexem'), report('b', 'Rapport annuel 2018', 'Nexem Occitanie')],
      ['Rapport annuel 2018 (Nexem)', 'Rapport annuel 2018 (Nexem Occitanie)'],
    ],
    [
      'a title shared within one organisation',
      [report('a-1', 'Bilan', 'Nexem'), report('a-2', 'Bilan', 'Nexem'), report('b', 'Bilan', 'Nexem Bretagne')],
      ['Bilan (Nexem, a-1)', 'Bilan (Nexem, a-2)', 'Bilan (Nexem Bretagne)'],
    ],
    ['a shared title without organisation', [report('a', 'Bilan', ''), report('b', 'Bilan', '')], ['Bilan (a)', 'Bilan (b)']],
    ['organisations that differ by spaces only', [report('a', 'Bilan', 'Nexem'), report('b', 'Bilan', 'Nexem  ')], ['Bilan (Nexem, a)', 'Bilan (Nexem, b)']],
    [
      'a title written like another report’s label',
      [report('a', 'Bilan', 'Nexem'), report('b', 'Bilan', 'Nexem Bretagne'), report('c', 'Bilan (Nexem)', 'Nexem')],
      ['Bilan (Nexem, a)', 'Bilan (Nexem Bretagne)', 'Bilan (Nexem) (c)'],
    ],
  ])('%s', (_case, reports, labels) => {
    const labelOf = new Map(summariseReports(reports).map((summary) => [summary.id, summary.label]));
    expect(reports.map((r) => labelOf.get(r.id))).toEqual(labels);
  });

  it('sorts by year, most recent first, then by label', () => {
    const sorted = summariseReports([report('old', 'Bilan', 'Nexem', 2001), report('none', 'Sans date', 'Nexem', null), report('z', 'Zèbre', 'Nexem', 2020), report('e', 'École', 'Nexem', 2020)]);
    expect(sorted.map((summary) => summary.id)).toEqual(['e', 'z', 'old', 'none']);
  });
});
