import { describe, expect, it } from 'vitest';
import { HOSTILE_QUERY } from '../../scripts/lib/bench/queries';
import { serveRealArchive } from './serve';

const real = serveRealArchive();

const SCRIPT = '<script>alert(1)</script>';
const encode = encodeURIComponent;
/** 10,000 characters that stay 10,000 bytes in the URL (Node refuses request heads over 16 KB). */
const TEN_THOUSAND = 'segur '.repeat(1700).slice(0, 10_000);

// Every query string a careless or hostile visitor might send, on the page and the API.
const queries: Array<[string, string]> = [
  ['empty', 'q='],
  ['10,000 characters', `q=${TEN_THOUSAND.replace(/ /g, '+')}`],
  ['a script tag', `q=${encode(SCRIPT)}`],
  ['a script tag as a phrase', `q=${encode(`"${SCRIPT}"`)}`],
  ['an unbalanced quote', `q=${encode('"unbalanced')}`],
  ['only stop words', `q=${encode('le la de des')}`],
  ['only operators', `q=${encode('- OR OR "')}`],
  ['a negative page', 'q=secteur&page=-1'],
  ['a page far past the end', 'q=secteur&page=99999'],
  ['a huge limit', 'q=secteur&limit=100000'],
  ['a limit in exponent notation', 'q=secteur&limit=1e9'],
  ['a non-numeric year', 'q=secteur&annee=abc&year=abc'],
  ['a non-numeric page', 'q=secteur&page=abc'],
  ['repeated parameters', 'q=secteur&q=autre&page=2&page=3'],
  ['bracket parameters', `q[$gt]=1&rapport[x]=y`],
  ['a report filter with markup', `q=secteur&rapport=${encode(SCRIPT)}&report=${encode(SCRIPT)}`],
  ['emoji and control characters', `q=${encode('🙂\u0000\u202e ségur')}`],
  ['a malformed percent sequence', 'q=%E0%A4%A'],
  // PostgreSQL's text cannot hold U+0000: the HTTP fuzz suite found a 500 there for `rapport=%00`.
  ['a NUL character in the report filter', 'q=s%C3%A9gur&rapport=%00&report=a%00b'],
];

describe.each([['/recherche'], ['/api/search'], ['/api/timeline']])('hostile input on %s', (path) => {
  it.each(queries)('never fails on %s and never echoes raw markup', async (_label, query) => {
    const response = await real.app.get(`${path}?${query}`);
    expect(response.status).toBeLessThan(500);
    expect([200, 303, 400]).toContain(response.status);
    const body = await response.text();
    expect(body).not.toContain('<script>alert');
    if (path.startsWith('/api/') && response.status === 400) {
      expect(JSON.parse(body).error).toMatch(/paramètre/);
    }
    expect(real.app.errors).toEqual([]);
  });
});

describe('a NUL character in an id', () => {
  it.each(['/api/reports/retrospective-2024/sections/%00', '/api/reports/%00', '/rapports/%00'])('%s is not found, not an error', async (path) => {
    const response = await real.app.get(path);
    expect(response.status).toBe(404);
    expect(real.app.errors).toEqual([]);
  });
});

describe('clamping and limits', () => {
  it('clamps page and limit in the API', async () => {
    const far = await (await real.app.get('/api/search?q=secteur&page=99999')).json();
    expect(far.page).toBe(Math.ceil(far.total / far.limit));
    expect(far.results.length).toBeGreaterThan(0);
    const huge = await (await real.app.get('/api/search?q=secteur&limit=100000')).json();
    expect(huge.limit).toBe(50);
    const zero = await (await real.app.get('/api/search?q=secteur&page=0')).json();
    expect(zero.page).toBe(1);
  });

  // Number() read « 2e3 » as 2000 and « 0x10 » as 16: the API takes digits only.
  it.each([
    ['year=abc', 'year'],
    ['page=abc', 'page'],
    ['limit=beaucoup', 'limit'],
    ['year=2e3', 'year'],
    ['page=0x10', 'page'],
    ['limit=1e1', 'limit'],
    ['page=%2012', 'page'],
    ['page=12%20', 'page'],
    ['page=%2B3', 'page'],
    ['page=-5', 'page'],
    ['limit=2.5', 'limit'],
    ['year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%90', 'year'],
  ])('rejects %s in the API with a clear French message', async (param, name) => {
    const response = await real.app.get(`/api/search?q=secteur&${param}`);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain(`« ${name} »`);
  });

  it('rejects a 10,000-character query in the API and shortens it on the page', async () => {
    const long = TEN_THOUSAND.replace(/ /g, '+');
    const api = await real.app.get(`/api/search?q=${long}`);
    expect(api.status).toBe(400);
    expect((await api.json()).error).toContain('500 caractères');
    const page = await real.app.get(`/recherche?q=${long}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('seuls ses 500 premiers caractères');
  });

  it('searches the first 12 words of a long query and says so, on the page and in the API', async () => {
    const q = encode(HOSTILE_QUERY);
    const api = await (await real.app.get(`/api/search?q=${q}`)).json();
    expect(api.truncated).toMatchObject({ searchedWords: 12 });
    expect(api.truncated.typedWords).toBeGreaterThan(12);
    expect(api.results.length).toBeGreaterThan(0);
    const page = await (await real.app.get(`/recherche?q=${q}`)).text();
    expect(page).toContain(`Votre recherche compte ${api.truncated.typedWords} mots : seuls les 12 premiers ont été cherchés.`);
    const short = await (await real.app.get(`/api/search?q=${encode('attractivité des métiers')}`)).json();
    expect(short).not.toHaveProperty('truncated');
  });

  it.each(['annee=2e3', 'page=0x10', 'page=%2B3', 'annee=%202020'])('ignores %s on the results page (first page, no year filter)', async (param) => {
    const response = await real.app.get(`/recherche?q=secteur&${param}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('Année :');
    expect(html).not.toMatch(/Page (?!1 )\d+ sur/);
  });

  it('ignores a non-numeric year on the page instead of failing', async () => {
    const response = await real.app.get('/recherche?q=secteur&annee=abc');
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain('Année :');
  });
});
