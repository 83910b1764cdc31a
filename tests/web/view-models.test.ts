import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/web/pagination';
import { createRenderCache } from '../../src/web/render-cache';
import { splitParagraphs } from '../../src/web/report-view';
import { readInteger, readQueryText } from '../../src/web/request-params';
import { searchUrl } from '../../src/web/search-url';
import { readServerConfig } from '../../src/web/server-config';
import { pluralize } from '../../src/plural';
import { viewHelpers } from '../../src/web/view-helpers';

describe('searchUrl', () => {
  it.each([
    [{ q: 'Ségur' }, '/recherche?q=S%C3%A9gur'],
    [{ q: 'a b', page: 1 }, '/recherche?q=a+b'],
    [{ q: 'x', reportId: 'rapport-annuel-2020', year: 2020, page: 3 }, '/recherche?q=x&rapport=rapport-annuel-2020&annee=2020&page=3'],
    [{ q: '"a&b" -c' }, '/recherche?q=%22a%26b%22+-c'],
  ])('%j → %s', (state, url) => {
    expect(searchUrl(state)).toBe(url);
  });
});

describe('paginate', () => {
  const url = (page: number) => `p${page}`;
  const numbers = (current: number, count: number) =>
    paginate(current, count, url)?.items.map((item) => ('gap' in item ? '…' : item.current ? `[${item.number}]` : String(item.number)));

  it.each([
    [1, 1, undefined],
    [1, 3, ['[1]', '2', '3']],
    [5, 10, ['1', '…', '3', '4', '[5]', '6', '7', '…', '10']],
    [10, 10, ['1', '…', '8', '9', '[10]']],
    [2, 5, ['1', '[2]', '3', '4', '5']],
  ])('page %i of %i', (current, count, expected) => {
    expect(numbers(current, count)).toEqual(expected);
  });

  it('links previous and next only where they exist', () => {
    expect(paginate(1, 3, url)).toMatchObject({ previous: undefined, next: 'p2' });
    expect(paginate(3, 3, url)).toMatchObject({ previous: 'p2', next: undefined });
  });
});

describe('splitParagraphs', () => {
  it.each([
    ['Un.\n\nDeux.', ['Un.', 'Deux.']],
    ['Ligne 1\nligne 2\n \t\nSuite', ['Ligne 1\nligne 2', 'Suite']],
    ['\n\n  \n\n', []],
  ])('%j', (text, paragraphs) => {
    expect(splitParagraphs(text)).toEqual(paragraphs);
  });
});

describe('request parameters', () => {
  it.each([
    [undefined, { q: '', truncated: false }],
    ['  Ségur  ', { q: 'Ségur', truncated: false }],
    [['premier', 'second'], { q: 'premier', truncated: false }],
    [{ $gt: '1' }, { q: '', truncated: false }],
    ['a'.repeat(600), { q: 'a'.repeat(500), truncated: true }],
  ])('query text %j', (value, expected) => {
    expect(readQueryText(value)).toEqual(expected);
  });

  it('never cuts a query in the middle of an emoji', () => {
    const { q } = readQueryText('😀'.repeat(600));
    expect(q).toBe('😀'.repeat(500));
  });

  it.each([
    [undefined, { ok: true, value: undefined }],
    ['', { ok: true, value: undefined }],
    ['3', { ok: true, value: 3 }],
    ['0042', { ok: true, value: 42 }],
    ['-5', { ok: false }],
    ['+3', { ok: false }],
    [' 12', { ok: false }],
    ['12 ', { ok: false }],
    ['1e9', { ok: false }],
    ['2e3', { ok: false }],
    ['0x10', { ok: false }],
    ['2.7', { ok: false }],
    ['１２', { ok: false }],
    ['abc', { ok: false }],
    ['Infinity', { ok: false }],
  ])('integer %j', (value, expected) => {
    expect(readInteger(value)).toEqual(expected);
  });
});

describe('readServerConfig', () => {
  it('has defaults for a fresh clone', () => {
    expect(readServerConfig({}, 4)).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: undefined,
        indexFile: 'data/index.json',
        corpusDir: 'corpus',
        corpusDirExplicit: false,
        workers: 4,
        searchCacheEntries: 1000,
        publicUrl: undefined,
        trustProxy: false,
      },
    });
  });

  it('reads the environment', () => {
    const result = readServerConfig({ PORT: '8080', INDEX_FILE: '/tmp/i.json', WEB_CONCURRENCY: '1', HOST: '127.0.0.1', SEARCH_CACHE_ENTRIES: '0' }, 4);
    expect(result).toMatchObject({ ok: true, config: { port: 8080, indexFile: '/tmp/i.json', workers: 1, host: '127.0.0.1', searchCacheEntries: 0 } });
  });

  it.each([
    [{ PUBLIC_URL: 'https://archive.nexem.fr/' }, { publicUrl: 'https://archive.nexem.fr', trustProxy: false }],
    [{ PUBLIC_URL: 'https://nexem.fr/archive/' }, { publicUrl: 'https://nexem.fr/archive' }],
    [{ TRUST_PROXY: 'true' }, { publicUrl: undefined, trustProxy: true }],
    [{ TRUST_PROXY: '1' }, { trustProxy: 1 }],
    [{ TRUST_PROXY: '0' }, { trustProxy: false }],
  ])('reads the public address settings %j', (env, expected) => {
    expect(readServerConfig(env, 2)).toMatchObject({ ok: true, config: expected });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ WEB_CONCURRENCY: '0' }, 'WEB_CONCURRENCY'],
    [{ WEB_CONCURRENCY: 'deux' }, 'WEB_CONCURRENCY'],
    [{ SEARCH_CACHE_ENTRIES: '-5' }, 'SEARCH_CACHE_ENTRIES'],
    [{ SEARCH_CACHE_ENTRIES: 'mille' }, 'SEARCH_CACHE_ENTRIES'],
    [{ PUBLIC_URL: 'archive.nexem.fr' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'ftp://archive.nexem.fr' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'https://archive.nexem.fr/?q=x' }, 'PUBLIC_URL'],
    [{ TRUST_PROXY: 'oui' }, 'TRUST_PROXY'],
  ])('rejects %j in French', (env, name) => {
    const result = readServerConfig(env, 2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(new RegExp(`^${name} doit être`));
  });
});

describe('pluralize', () => {
  it.each([
    [0, '0 résultat'],
    [1, '1 résultat'],
    [2, '2 résultats'],
    [1234, '1 234 résultats'],
  ])('%i', (count, text) => {
    expect(pluralize(count, 'résultat', 'résultats').replace(/\s/g, ' ')).toBe(text);
  });
});

describe('view helpers', () => {
  it('leave a field called « number » alone (page links once read « Page NaN »)', () => {
    const hbs = Handlebars.create();
    hbs.registerHelper(viewHelpers);
    const render = hbs.compile('Page {{number}} · {{formatNumber total}}');
    expect(render({ number: 2, total: 1234 }).replace(/\s/g, ' ')).toBe('Page 2 · 1 234');
  });
});

describe('createRenderCache', () => {
  it('renders once per key, forgets the least recent, and empties when the archive changes', () => {
    const cache = createRenderCache(2);
    const first = {};
    let renders = 0;
    const render = (html: string) => () => {
      renders++;
      return html;
    };
    expect(cache.get(first, 'a', render('A'))).toBe('A');
    expect(cache.get(first, 'a', render('stale'))).toBe('A');
    cache.get(first, 'b', render('B'));
    cache.get(first, 'a', render('stale'));
    cache.get(first, 'c', render('C'));
    expect(renders).toBe(3);
    expect(cache.get(first, 'b', render('B2'))).toBe('B2');
    expect(cache.get({}, 'a', render('A2'))).toBe('A2');
  });
});
