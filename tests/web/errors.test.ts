import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../src/search/archive';
import { realArchive } from '../helpers/archive';
import { serve, type TestServer } from './serve';

// An archive whose search breaks, to see what a visitor gets when the unexpected happens.
let app: TestServer;
beforeAll(async () => {
  const real = await realArchive();
  const broken: Archive = {
    ...real,
    builtAt: real.builtAt,
    search: () => {
      throw new Error('détail interne /srv/secret/index.json');
    },
  };
  app = await serve(broken);
});
afterAll(() => app.close());

describe('internal errors', () => {
  it('show a French 500 page without any internal detail, and log the stack', async () => {
    const response = await app.get('/recherche?q=CCUE');
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Une erreur est survenue');
    expect(html).not.toContain('secret');
    expect(html).not.toMatch(/\bat .*\.ts:\d+/);
    expect(app.errors.some((line) => line.includes('secret') && line.includes('at '))).toBe(true);
  });

  it('answer the API with a French JSON 500 without internal detail', async () => {
    const response = await app.get('/api/search?q=CCUE');
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error).toContain('erreur inattendue');
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('answer an undecodable URL with a 400, not a 500', async () => {
    expect((await app.get('/rapports/%E0%A4%A')).status).toBe(400);
    const api = await app.get('/api/reports/%E0%A4%A');
    expect(api.status).toBe(400);
    expect((await api.json()).error).toContain('mal formée');
  });
});
