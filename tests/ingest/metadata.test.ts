import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '../../src/ingest/decode-text';
import { contentHash, deriveMeta, humanise, type MetaInput } from '../../src/ingest/metadata';

const bytes = Buffer.from('# Rapport\n');
const input = (overrides: Partial<MetaInput>): MetaInput => ({
  file: 'rapport-annuel-2020.md',
  format: 'markdown',
  bytes,
  documentTitle: null,
  pageCount: null,
  ...overrides,
});

describe('deriveMeta', () => {
  it.each<[string, Partial<MetaInput>, { id: string; title: string; year: number | null }]>([
    ['title and year from the document', { documentTitle: 'Rapport annuel 2020' }, { id: 'rapport-annuel-2020', title: 'Rapport annuel 2020', year: 2020 }],
    ['humanised file name when the document has no title', { file: 'Bilan_Activité-2019.md' }, { id: 'bilan-activite-2019', title: 'Bilan Activité 2019', year: 2019 }],
    ['year from the file name when the title has none', { file: 'retrospective-2024.txt', format: 'text', documentTitle: 'Rétrospective' }, { id: 'retrospective-2024', title: 'Rétrospective', year: 2024 }],
    ['no year at all', { file: 'notes.md', documentTitle: 'Notes' }, { id: 'notes', title: 'Notes', year: null }],
    ['PDF Title over the first line', { file: 'ra.pdf', format: 'pdf', documentTitle: 'Sommaire', pdfInfo: { title: 'Rapport 2018', creationYear: 2019 } }, { id: 'ra', title: 'Rapport 2018', year: 2018 }],
    ['PDF creation year as a last resort', { file: 'ra.pdf', format: 'pdf', documentTitle: 'Rapport', pdfInfo: { title: null, creationYear: 2017 } }, { id: 'ra', title: 'Rapport', year: 2017 }],
    ['a producer’s junk Title is ignored', { file: 'ra.pdf', format: 'pdf', documentTitle: 'Rapport 2016', pdfInfo: { title: 'Microsoft Word - ra.docx', creationYear: null } }, { id: 'ra', title: 'Rapport 2016', year: 2016 }],
    ['an editor’s name for a new file as Title is ignored', { file: 'escale.pdf', format: 'pdf', documentTitle: 'L’Escale', pdfInfo: { title: 'Document sans titre', creationYear: null } }, { id: 'escale', title: 'L’Escale', year: null }],
    ['a browser’s page address as Title is ignored', { file: 'lettre.pdf', format: 'pdf', documentTitle: 'La Lettre du Réseau', pdfInfo: { title: 'about:blank', creationYear: null } }, { id: 'lettre', title: 'La Lettre du Réseau', year: null }],
    ['sidecar overrides everything it names', { sidecar: Buffer.from('{"id":"RA 2020","title":"Rapport d’activité","year":2021,"organisation":"Nexem Île-de-France"}'), documentTitle: 'Rapport annuel 2020' }, { id: 'ra-2020', title: 'Rapport d’activité', year: 2021 }],
  ])('%s', (_name, overrides, expected) => {
    const { meta, problems } = deriveMeta(input(overrides));
    expect(meta).toMatchObject(expected);
    expect(problems).toEqual([]);
  });

  it('defaults the organisation to Nexem and lets a sidecar change it', () => {
    expect(deriveMeta(input({})).meta.organisation).toBe('Nexem');
    expect(deriveMeta(input({ sidecar: Buffer.from('{"organisation":"Nexem Bretagne"}') })).meta.organisation).toBe('Nexem Bretagne');
  });

  it.each([
    ['{ "title": ', /JSON invalide/],
    ['[1, 2]', /objet JSON/],
    ['{"year":"2020"}', /« year » doit être une année/],
    ['{"title":""}', /« title » doit être un texte non vide/],
  ])('reports the malformed sidecar %s and keeps the derived metadata', (sidecar, message) => {
    const { meta, problems } = deriveMeta(input({ sidecar: Buffer.from(sidecar), documentTitle: 'Rapport annuel 2020' }));
    expect(meta).toMatchObject({ id: 'rapport-annuel-2020', title: 'Rapport annuel 2020', year: 2020 });
    expect(problems).toEqual([{ file: 'rapport-annuel-2020.md.meta.json', kind: 'bad-sidecar', message: expect.stringMatching(message) }]);
  });

  it('hashes the bytes and the sidecar, so editing either one changes the hash', () => {
    const plain = deriveMeta(input({})).meta.contentHash;
    expect(plain).toBe(contentHash(bytes));
    expect(plain).toMatch(/^[0-9a-f]{64}$/);
    expect(deriveMeta(input({ sidecar: Buffer.from('{}') })).meta.contentHash).not.toBe(plain);
    expect(deriveMeta(input({ bytes: Buffer.from('# Rapport!\n') })).meta.contentHash).not.toBe(plain);
  });

  it('humanises file names', () => {
    expect(humanise('rapport-annuel-2020')).toBe('Rapport annuel 2020');
  });
});

describe('decodeUtf8', () => {
  it('strips a byte-order mark', () => {
    expect(decodeUtf8('a.txt', Buffer.from('\ufeffÉté', 'utf8'))).toEqual({ ok: true, text: 'Été' });
  });

  it.each([
    [Buffer.from('Négociation', 'latin1'), 1],
    [Buffer.from([0x61, 0xe2, 0x82]), 1],
    [Buffer.from([0x61, 0x62, 0xc0, 0xaf]), 2],
    [Buffer.from([0xed, 0xa0, 0x80]), 0],
  ])('points at the first invalid byte (%j → %i)', (input, position) => {
    expect(firstInvalidByte(input)).toBe(position);
    const decoded = decodeUtf8('x.txt', input);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem.message).toContain(`position ${position}`);
  });
});
