// A steady load of searches for the fault tests: a few clients looping over real queries, each on
// its own keep-alive connection (as a browser tab or a load tester does), every outcome kept.
import { Agent, get } from 'node:http';

const PATHS = ['/api/search?q=CCUE', '/recherche?q=n%C3%A9gociation', '/api/suggest?q=s%C3%A9g', '/api/search?q=S%C3%A9gur&limit=5', '/healthz'];

export interface Outcome {
  path: string;
  /** HTTP status, or the network error's code. */
  status: number | string;
}

export interface SteadyLoad {
  outcomes: Outcome[];
  /** Requests answered so far. */
  answered(): number;
  /** Stops the clients and returns every outcome. */
  stop(): Promise<Outcome[]>;
}

/**
 * `clients` loops of requests until stopped. After the server stops listening, a new connection is
 * refused (ECONNREFUSED): that request was never accepted, so the clients stop there. Any other
 * error (a reset, a socket closed mid-answer) is a request the server accepted and lost.
 */
export function steadyLoad(port: number, clients = 6): SteadyLoad {
  const outcomes: Outcome[] = [];
  let stopped = false;
  const client = async (offset: number): Promise<void> => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = offset; !stopped; i++) {
        const path = PATHS[i % PATHS.length]!;
        const status = await request(agent, port, path);
        outcomes.push({ path, status });
        if (status === 'ECONNREFUSED') return;
      }
    } finally {
      agent.destroy();
    }
  };
  const running = Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return {
    outcomes,
    answered: () => outcomes.filter((outcome) => typeof outcome.status === 'number').length,
    stop: async () => {
      stopped = true;
      await running;
      return outcomes;
    },
  };
}

/** Every outcome that is neither a 200 nor a refused connection. */
export function lost(outcomes: Outcome[]): Outcome[] {
  return outcomes.filter((outcome) => outcome.status !== 200 && outcome.status !== 'ECONNREFUSED');
}

export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The status, or the error's code: a failed request is an outcome here, never an exception. */
function request(agent: Agent, port: number, path: string): Promise<number | string> {
  return new Promise((resolve) => {
    get({ host: '127.0.0.1', port, path, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    }).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}
