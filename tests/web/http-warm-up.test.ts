// A server process answers its own requests before its first connection: the searches the process it
// replaces answered last, then requests of every kind. None of it reaches the access log or the list of
// recent searches it will hand on in turn, and every warm-up request is one a reader could make.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { warmUpHttp, warmUpPaths, warmUpServer } from '../../src/web/http-warm-up';
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

describe('warming up a request handler', () => {
  /** A handler that records what it is asked and answers `status` (or never, for 0). */
  function recorder(status: number) {
    const seen: string[] = [];
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      seen.push(req.url ?? '');
      if (status > 0) res.writeHead(status).end('ok');
    };
    return { seen, handler };
  }

  it('asks the searches it is given first, then requests of every kind', async () => {
    const { seen, handler } = recorder(200);
    const replayed = ['/api/search?q=CCUE', '/recherche?q=S%C3%A9gur'];
    expect(await warmUpServer(handler, await realArchive(), { recentSearches: async () => replayed })).toEqual([]);
    expect(seen.slice(0, 2)).toEqual(replayed);
    expect(seen).toContain('/healthz');
    expect(seen.length).toBeGreaterThan(20);
  });

  it('stops at the first server error, and names its path without what was searched', async () => {
    const { seen, handler } = recorder(503);
    expect(await warmUpServer(handler, await realArchive(), { recentSearches: async () => ['/api/search?q=secret'] })).toEqual(['/api/search a répondu 503']);
    expect(seen).toEqual(['/api/search?q=secret']);
  });

  // A handler that never answers: without the wall-clock budget this would wait for the test's timeout.
  it('gives up when answers do not come, and says so', async () => {
    const { seen, handler } = recorder(0);
    const outcome = await warmUpHttp(handler, ['/api/search?q=a', '/api/search?q=b'], { cpuMs: 60_000, rounds: 5, wallMs: 300 });
    expect(outcome).toEqual({ requests: 1, failure: '/api/search : pas de réponse à temps' });
    expect(seen).toEqual(['/api/search?q=a']);
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
