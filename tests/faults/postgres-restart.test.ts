// The database restarting under a running server: requests get a French 503 (page or JSON) while it
// is away, nothing crashes, and the server answers again by itself once it is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../../scripts/lib/postgres-cluster';
import { ensureSchema, openDatabase } from '../../src/search/postgres/database';
import { writeGeneration } from '../../src/search/postgres/generations';
import { startServer, type RunningServer } from '../../src/web/server';
import { quinoaReport } from '../fixtures/web/reports';

let cluster: Cluster;
let server: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  cluster = await createCluster();
  const database = openDatabase({ url: cluster.url() });
  await ensureSchema(database.primary);
  await writeGeneration(database.primary, [quinoaReport], new Date('2031-01-01T00:00:00Z'));
  await database.close();
  // No warm-up: it would put answers in the response caches, and the requests below must reach the database.
  server = await startServer({
    indexFile: '/nonexistent/unused.json', corpusDir: '/nonexistent', database: { url: cluster.url() }, port: 0, host: '127.0.0.1', watchIntervalMs: 50,
    log: (line) => logged.push(line), httpWarmUp: false,
  });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await cluster?.remove();
});

const get = (path: string) => fetch(`${server.url}${path}`);

describe('database restarted while serving', () => {
  it('answers 503 in French while it is down, then recovers without a restart', async () => {
    expect((await get('/api/search?q=quinoa')).status).toBe(200);
    await cluster.stop('fast');

    // Queries not asked before: the response cache would answer a repeated one without the database.
    const api = await get('/api/search?q=coop%C3%A9rative');
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: string }).error).toContain('La base de données de l’archive ne répond pas');
    const page = await get('/recherche?q=priorit%C3%A9');
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Archive momentanément indisponible');
    expect((await get('/rapports/rapport-quinoa-2031')).status).toBe(503);
    expect(logged.some((line) => line.startsWith('Erreur interne'))).toBe(false);
    // Logged for the operator by path, never with what was searched.
    const unavailable = logged.filter((line) => line.startsWith('Archive indisponible'));
    expect(unavailable.some((line) => line.includes('GET /api/search :'))).toBe(true);
    expect(unavailable.filter((line) => /coop|priorit/.test(line))).toEqual([]);

    await cluster.start();
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
      status = (await get('/api/search?q=coop%C3%A9rative')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    expect((await get('/rapports/rapport-quinoa-2031?q=quinoa')).status).toBe(200);
  }, 120_000);
});
