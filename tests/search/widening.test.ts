// Widening on hand-made reports: what a query is widened to, how it ranks, and the strict search.
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src/search/archive';
import { buildIndexData } from '../../src/search/index-data';
import { parseThesaurus } from '../../src/search/thesaurus';
import type { Report } from '../../src/types';

const report: Report = {
  meta: {
    id: 'rapport-test', title: 'Rapport test', year: 2030, organisation: 'Nexem', sourceFile: 'rapport-test.md',
    format: 'markdown', pageCount: null, contentHash: 'c'.repeat(64),
  },
  sections: [
    ['typed', 'Places en maison de retraite', 'Le nombre de places en maison de retraite stagne dans la région.'],
    ['synonym', 'Le modèle des EHPAD', 'Les EHPAD demandent un nouveau modèle économique.'],
    ['apart', 'Une maison ouverte', 'La maison du quartier accueille des jeunes ; la retraite de son directeur approche.'],
    ['defined', 'Un partenariat', 'Nexem a signé avec l’Agence nationale d’appui à la performance (ANAP) un partenariat.'],
    ['acronym-only', 'Un bilan', 'Le bilan du partenariat avec l’ANAP est positif.'],
    ['digital', 'La transformation numérique', 'Le numérique transforme les associations.'],
  ].map(([id, title, text]) => ({ id: id!, reportId: 'rapport-test', title: title!, breadcrumb: [], level: 1, page: null, text: text! })),
};
const thesaurus = parseThesaurus('EHPAD, maison de retraite, maisons de retraite\n').groups;
const archive = createArchive(buildIndexData([report], new Date('2030-01-01T00:00:00Z')), { thesaurus });
const ids = async (q: string, strict = false) => (await archive.search({ q, strict })).hits.map((hit) => hit.sectionId);

describe('widening a query', () => {
  it('ranks the words typed above their synonym, and finds the synonym', async () => {
    const found = await ids('maisons de retraite');
    expect(found[0]).toBe('typed');
    expect(found).toContain('synonym');
  });

  it('finds a multi-word synonym only where its words stand together', async () => {
    expect(await ids('EHPAD')).toEqual(['synonym', 'typed']);
    expect(await ids('EHPAD')).not.toContain('apart');
  });

  it('widens an acronym to the long form the reports define, and the reverse', async () => {
    expect(await ids('ANAP')).toEqual(expect.arrayContaining(['defined', 'acronym-only']));
    expect(await ids('Agence nationale d’appui à la performance')).toEqual(['defined', 'acronym-only']);
  });

  it('widens a word to its related forms the reports use', async () => {
    expect(await ids('numérisation')).toEqual(['digital']);
    expect((await archive.search({ q: 'numérisation' })).widened).toEqual([{ words: 'numérisation', alternatives: ['numérique'] }]);
  });

  it('searches only the words typed when strict', async () => {
    expect(await ids('maisons de retraite', true)).not.toContain('synonym');
    expect(await ids('numérisation', true)).toEqual([]);
    expect((await archive.search({ q: 'numérisation', strict: true })).widened).toBeUndefined();
  });

  it('says nothing was widened when nothing could be', async () => {
    expect((await archive.search({ q: 'partenariat' })).widened).toBeUndefined();
  });
});
