// A server process answers its own requests before its first connection: the searches the process it
// replaces answered last, then requests of every kind. None of it reaches the access log or the list of
// recent searches it will hand on in turn, and every warm-up request is one a reader could make.
import { describe, expect, it } from 'vitest';
import { warmUpPaths } from '../../src/web/http-warm-up';
import { realArchive } from '../helpers/archive';
import { serve, serveRealIndex } from './serve';

describe('the warm-up requests', () => {
  it('are pages, searches, suggestions and timelines that answer 200 on the real archive', async () => {
    const archive = await realArchive();
    const paths = await warmUpPaths(archive);
    const kinds = new Set(paths.map((path) => path.split('?')[0]!.replace(/\/rapports\/.+/, '/rapports/:id')));
    expect([...kinds].sort()).toEqual(['/', '/api/reports', '/api/search', '/api/suggest', '/api/timeline', '/healthz', '/rapports/:id', '/recherche']);
    const server = await serve(archive);
    try {
      for (const path of paths) expect([path, (await fetch(`${server.url}${path}`)).status]).toEqual([path, 200]);
    } finally {
      await server.close();
    }
  });
});

describe('a server process warming up', () => {
  const logged: string[] = [];
  const asked: string[] = [];
  const served = serveRealIndex({
    accessLog: { write: (line) => logged.push(line), withQuery: true },
    recentSearches: async () => {
      asked.push('asked');
      return ['/api/search?q=CCUE', '/recherche?q=S%C3%A9gur'];
    },
  });

  it('replays the searches it is given and keeps its own requests out of the access log', async () => {
    expect(asked).toEqual(['asked']);
    expect(logged).toEqual([]);
    expect(served.server.recentSearches()).toEqual([]);
  });

  it('then logs and remembers what readers ask', async () => {
    const response = await fetch(`${served.server.url}/api/search?q=N%C3%A9go`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    await new Promise((resolve) => setImmediate(resolve));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('GET /api/search?q=N%C3%A9go 200');
    expect(served.server.recentSearches()).toEqual(['/api/search?q=N%C3%A9go']);
  });
});
