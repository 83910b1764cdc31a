import { describe, expect, it } from 'vitest';
import { serveRealArchive } from './serve';

const real = serveRealArchive();

describe('security headers', () => {
  it.each(['/', '/recherche?q=CCUE', '/rapports/rapport-annuel-2020', '/api/search?q=CCUE', '/nulle-part'])(
    '%s has a strict CSP and no x-powered-by',
    async (path) => {
      const response = await real.app.get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  it('pages carry no inline script or inline style', async () => {
    for (const path of ['/', '/recherche?q=CCUE', '/rapports/retrospective-2024']) {
      const html = await (await real.app.get(path)).text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/<style/);
    }
  });

  it('serves static files with cache headers (revalidated without a fingerprint, see transport.test.ts)', async () => {
    const response = await real.app.get('/static/style.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/css/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('etag')).toBeTruthy();
  });
});

describe('OpenSearch', () => {
  it('describes the search engine with results and suggestions URLs', async () => {
    const response = await real.app.get('/opensearch.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/opensearchdescription\+xml/);
    expect(response.headers.get('vary')).toMatch(/\bHost\b/i);
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"');
    expect(xml).toMatch(/<ShortName>[^<]{1,16}<\/ShortName>/);
    expect(xml).toContain(`<Url type="text/html" method="get" template="${real.app.url}/recherche?q={searchTerms}"/>`);
    expect(xml).toContain('type="application/x-suggestions+json"');
    expect(xml).toContain(`template="${real.app.url}/api/suggest?format=opensearch&amp;q={searchTerms}"`);
    expect(xml.match(/<OpenSearchDescription/g)).toHaveLength(1);
    expect(xml.trim().endsWith('</OpenSearchDescription>')).toBe(true);
  });

  it('is announced in the layout', async () => {
    const html = await (await real.app.get('/')).text();
    expect(html).toContain('<link rel="search" type="application/opensearchdescription+xml" title="Archive Nexem" href="/opensearch.xml">');
  });
});
