import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndexData } from '../../src/search/index-data';
import { saveIndexFile } from '../../src/search/index-file';
import { startServer, type RunningServer } from '../../src/web/server';
import { quinoaReport, zebraReport } from '../fixtures/web/reports';

let dir: string;
let indexFile: string;
let server: RunningServer;
const log: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archive-reload-'));
  indexFile = join(dir, 'index.json');
  await saveIndexFile(indexFile, buildIndexData([quinoaReport], new Date('2031-01-01T00:00:00Z')));
  server = await startServer({ indexFile, corpusDir: dir, port: 0, watchIntervalMs: 50, log: (line) => log.push(line) });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function totalFor(q: string): Promise<number> {
  const response = await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return (await response.json()).total;
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Never happened: ${what}`);
}

describe('index hot reload', () => {
  it('serves a new index file written in place, without restart', async () => {
    expect(await totalFor('quinoa')).toBe(2);
    expect(await totalFor('zèbres')).toBe(0);
    expect((await fetch(`${server.url}/rapports/rapport-quinoa-2031?q=quinoa`)).status).toBe(200);

    await saveIndexFile(indexFile, buildIndexData([zebraReport], new Date('2032-01-01T00:00:00Z')));
    await eventually(async () => (await totalFor('zèbres')) === 1, 'the new index is served');
    expect(await totalFor('quinoa')).toBe(0);
    expect((await fetch(`${server.url}/rapports/rapport-quinoa-2031?q=quinoa`)).status).toBe(404);
    expect((await fetch(`${server.url}/rapports/rapport-zebre-2032`)).status).toBe(200);
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health).toMatchObject({ builtAt: '2032-01-01T00:00:00.000Z', reports: 1, sections: 1 });
    expect(log.some((line) => line.startsWith('Nouvel index chargé'))).toBe(true);
  });

  it('refuses an unreadable new index and keeps serving the previous one', async () => {
    await writeFile(indexFile, '{"version": 1, "reports": [tronqué');
    await eventually(async () => log.some((line) => line.startsWith('Nouvel index refusé')), 'the broken index is refused');
    expect(await totalFor('zèbres')).toBe(1);
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Rapport zèbre 2032');
  });
});
