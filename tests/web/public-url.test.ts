// Absolute URLs (OpenSearch) behind a proxy: PUBLIC_URL when the operator sets it, X-Forwarded-Proto
// and -Host only with TRUST_PROXY, and never a Host header echoed as it came.
import { describe, expect, it } from 'vitest';
import { rawGet, serveRealIndex } from './serve';

const templates = (xml: string): string[] => [...xml.matchAll(/template="([^"]*)"/g)].map((m) => m[1] ?? '');

describe('without PUBLIC_URL nor TRUST_PROXY', () => {
  const served = serveRealIndex();

  it('builds the URLs from a well-formed Host and ignores X-Forwarded-*', async () => {
    const { port } = served.server;
    const response = await rawGet(port, '/opensearch.xml', { Host: `archive.example:${port}`, 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'evil.example' });
    expect(response.status).toBe(200);
    for (const template of templates(response.body)) expect(template.startsWith(`http://archive.example:${port}/`)).toBe(true);
  });

  it.each([
    ['markup', 'x"><script>alert(1)</script>'],
    ['a path', 'evil.example/phish?'],
    ['a user', 'user@evil.example'],
    ['spaces', 'evil example'],
  ])('never echoes a Host holding %s', async (_name, host) => {
    const response = await rawGet(served.server.port, '/opensearch.xml', { Host: host });
    expect(response.status).toBe(200);
    expect(templates(response.body).length).toBeGreaterThan(0);
    for (const template of templates(response.body)) expect(template).toMatch(/^http:\/\/localhost\//);
  });
});

describe('with PUBLIC_URL', () => {
  const served = serveRealIndex({ publicUrl: 'https://archive.nexem.fr/rapports-annuels' });

  it('uses it whatever the request says, and the answer no longer varies on Host', async () => {
    const response = await rawGet(served.server.port, '/opensearch.xml', { Host: 'evil.example', 'X-Forwarded-Proto': 'http' });
    expect(templates(response.body)).toContain('https://archive.nexem.fr/rapports-annuels/recherche?q={searchTerms}');
    for (const template of templates(response.body)) expect(template.startsWith('https://archive.nexem.fr/rapports-annuels/')).toBe(true);
    expect(response.headers.vary ?? '').not.toMatch(/\bHost\b/i);
  });
});

describe('with TRUST_PROXY', () => {
  const served = serveRealIndex({ trustProxy: true });

  it('takes the scheme and host the proxy forwards', async () => {
    const response = await rawGet(served.server.port, '/opensearch.xml', {
      Host: 'backend:3000',
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': 'archive.nexem.fr',
    });
    for (const template of templates(response.body)) expect(template.startsWith('https://archive.nexem.fr/')).toBe(true);
  });
});
