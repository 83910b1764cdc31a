import type { Server } from 'node:http';
import type { Socket } from 'node:net';

interface Usage {
  inFlight: number;
  lastUsed: number;
}

export interface ConnectionActivity {
  /** Destroys the connections with no request in flight and none for `ms`. */
  closeUnusedFor(ms: number): void;
  /** Resolves once no connection is open. */
  allClosed(): Promise<void>;
  /**
   * While on, responses say `Connection: close`, so each client's socket closes after it: a tenth of
   * the open connections per 100 ms at most, so that the clients of a worker leaving a hot reload do not
   * all reconnect to the others in the same instant (each new connection is handed over by the
   * cluster's primary; 60 at once kept some clients waiting 0.2–0.7 s at 100×).
   */
  refuseKeepAlive(on: boolean): void;
  /**
   * Closes `count` connections after their next response, at the same pace: the cluster's primary asks
   * it of a worker holding more than its share when another joins (after a start or a restart), since
   * a keep-alive client otherwise stays with its first worker for good.
   */
  shed(count: number): void;
}

/** Closes allowed per window while refusing keep-alive: every connection has its turn within about a second. */
const CLOSE_WINDOW_MS = 100;
const CLOSE_WINDOWS = 10;

const tracked = new WeakMap<Server, ConnectionActivity>();

/**
 * When each connection of `server` last carried a request, so a graceful stop closes only the
 * keep-alive connections their clients stopped using (Node's closeIdleConnections() also closes
 * one whose client is sending its next request that very moment). Call it before the server
 * accepts connections; later calls return the same tracker.
 */
export function trackConnections(server: Server): ConnectionActivity {
  const existing = tracked.get(server);
  if (existing) return existing;
  const usage = new Map<Socket, Usage>();
  const whenEmpty: (() => void)[] = [];
  server.on('connection', (socket: Socket) => {
    usage.set(socket, { inFlight: 0, lastUsed: Date.now() });
    socket.once('close', () => {
      usage.delete(socket);
      if (usage.size > 0) return;
      for (const resolve of whenEmpty.splice(0)) resolve();
    });
  });
  let refusingKeepAlive = false;
  /** Connections still to close when shedding (refusing keep-alive closes every one). */
  let toShed = 0;
  /** Closes per window: a tenth of the connections to close when it began, so it ends in about a second. */
  let closesPerWindow = 0;
  let closeWindow = -1;
  let closesLeft = 0;
  const pace = (count: number) => {
    closesPerWindow = Math.max(2, Math.ceil(count / CLOSE_WINDOWS));
    closeWindow = -1;
  };
  server.prependListener('request', (_request, response) => {
    if ((!refusingKeepAlive && toShed <= 0) || response.headersSent) return;
    const window = Math.floor(Date.now() / CLOSE_WINDOW_MS);
    if (window !== closeWindow) {
      closeWindow = window;
      closesLeft = closesPerWindow;
    }
    if (closesLeft <= 0) return;
    closesLeft -= 1;
    if (!refusingKeepAlive) toShed -= 1;
    response.setHeader('Connection', 'close');
  });
  server.on('request', (request, response) => {
    const entry = usage.get(request.socket);
    if (!entry) return;
    entry.inFlight += 1;
    response.once('close', () => {
      entry.inFlight -= 1;
      entry.lastUsed = Date.now();
    });
  });
  const activity: ConnectionActivity = {
    closeUnusedFor(ms) {
      const now = Date.now();
      for (const [socket, entry] of usage) {
        if (entry.inFlight === 0 && now - entry.lastUsed >= ms) socket.destroy();
      }
    },
    refuseKeepAlive: (on) => {
      if (on && !refusingKeepAlive) pace(usage.size);
      refusingKeepAlive = on;
    },
    shed(count) {
      if (refusingKeepAlive || count <= 0) return;
      toShed = Math.min(count, usage.size);
      pace(toShed);
    },
    allClosed: () => (usage.size === 0 ? Promise.resolve() : new Promise((resolve) => whenEmpty.push(resolve))),
  };
  tracked.set(server, activity);
  return activity;
}
