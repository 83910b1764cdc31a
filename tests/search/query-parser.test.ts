import { describe, expect, it } from 'vitest';
import { parseQuery, type Clause } from '../../src/search/query-parser';

// A compact reading of a parse: groups joined by « & », alternatives by « | », phrases quoted,
// prefix words starred, exclusions after « − ».
function describeParse(input: string): string {
  const parsed = parseQuery(input);
  const show = (clause: Clause) =>
    clause.type === 'word' ? `${clause.surface}${clause.prefix ? '*' : ''}` : `"${clause.surfaces.join(' ')}"`;
  const groups = parsed.groups.map((group) => group.map(show).join('|')).join(' & ');
  const excluded = parsed.excluded.map(show).join(' ');
  return excluded ? `${groups} − ${excluded}` : groups;
}

describe('parseQuery', () => {
  it.each([
    ['négociations salariales', 'négociations & salariales*'],
    ['ccue -financement', 'ccue − financement'],
    ['"Ségur pour tous"', '"Ségur pour tous"'],
    ['"Ségur pour tous" financement', '"Ségur pour tous" & financement*'],
    ['-"pour tous" ségur', 'ségur* − "pour tous"'],
    ['ccue OR ccn66 financement', 'ccue|ccn66 & financement*'],
    ['ccue or ccn66', 'ccue & or & ccn66*'],
    ['ccue OU ccn66 financement', 'ccue|ccn66 & financement*'],
    ['Ségur OU Laforcade OR CCUE', 'Ségur|Laforcade|CCUE*'],
    ['ccue ou ccn66', 'ccue & ccn66*'],
    ['OU ccue OU', 'ccue*'],
    ['OR OR ccue OR', 'ccue*'],
    ['OR OR', ''],
    ['"ségur pour tous', '"ségur pour tous"'],
    ['ségur "pour', 'ségur'],
    ['l’attractivité des métiers', 'attractivité & métiers*'],
    ['« Ségur pour tous »', '"Ségur pour tous"'],
    ['-', ''],
    ['- - -', ''],
    ['<script>alert(1)</script>', 'script & alert & 1 & script*'],
    ['😀 ségur 🎉', 'ségur'],
    ['"ségur"', 'ségur'],
    ['SERAFIN-PH', 'SERAFIN-PH*'],
  ])('reads %j as %s', (input, expected) => {
    expect(describeParse(input)).toBe(expected);
  });

  it.each([
    ['le de la', ['le', 'de', 'la']],
    ['"de la"', []],
  ])('counts stop words dropped from %j', (input, stopWords) => {
    const parsed = parseQuery(input);
    expect(parsed.groups).toEqual(input.startsWith('"') ? [[{ type: 'phrase', surfaces: ['de', 'la'] }]] : []);
    expect(parsed.stopWords).toEqual(stopWords);
  });

  it('keeps stop words inside phrases', () => {
    expect(parseQuery('"le Ségur pour tous"').groups).toEqual([[{ type: 'phrase', surfaces: ['le', 'Ségur', 'pour', 'tous'] }]]);
  });

  it('stays small on a 10,000-character paste', () => {
    const parsed = parseQuery('négociation '.repeat(900));
    expect(parsed.groups.length).toBeLessThanOrEqual(32);
    expect(parsed.groups.length).toBeGreaterThan(0);
  });

  it.each(['', '   ', '"', '""', '-""', '\u0000\u0001', '))((', '"'.repeat(10_001), '-'.repeat(10_000), 'OR '.repeat(3000)])(
    'never throws on %j',
    (input) => {
      expect(() => parseQuery(input)).not.toThrow();
    },
  );
});
