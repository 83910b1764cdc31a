import { describe, expect, it } from 'vitest';
import { lineEnd, normalizeSpaces, startsFrame } from '../../../src/ingest/repair/normalize-spaces';

describe('normalizeSpaces', () => {
  it.each([
    ['no-break space before a colon', 'majeurs\u00a0:', 'majeurs :'],
    ['narrow no-break space inside guillemets', '«\u202ffaire\u202f»', '« faire »'],
    ['thin space before a percent sign', '85\u2009%', '85 %'],
    ['runs of spaces', 'le   secteur \u00a0 social', 'le secteur social'],
    ['leading and trailing spaces', '  Nexem  ', 'Nexem'],
    ['invisible soft hyphen and zero-width space', 'médi\u00adco\u200b-social', 'médico-social'],
    ['typographic apostrophe kept', 'l’UDAF', 'l’UDAF'],
    ['a soft hyphen ending a line marks the layout’s break (U+2010)', 'la demande d’accom\u00ad ', 'la demande d’accom\u2010'],
  ])('%s', (_case, input, expected) => {
    expect(normalizeSpaces(input)).toBe(expected);
  });
});

describe('lineEnd', () => {
  it.each([
    ['négociation', 'hard'],
    ['l’attractivité des métiers du secteur ', 'soft'],
    ['l’UDAF 74 et Nexem lancent  ', 'forced'],
    ['bénéficiaires.\u00a0 ', 'forced'],
    ['Rétrospective 2024\r', 'hard'],
  ] as const)('%j ends %s', (line, expected) => {
    expect(lineEnd(line)).toBe(expected);
  });
});

describe('startsFrame', () => {
  it.each([
    [' Au lendemain des élections', true],
    ['\u00a0Les chiffres-clés', true],
    ['Au lendemain des élections', false],
    ['   ', false],
  ])('%j → %s', (line, expected) => {
    expect(startsFrame(line)).toBe(expected);
  });
});
