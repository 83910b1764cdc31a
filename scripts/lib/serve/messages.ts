// What the cluster's primary and its workers say to each other over IPC.

/** Environment variable naming the generation a new worker serves first. */
export const GENERATION_ENV = 'ARCHIVE_GENERATION';

/** Worker → primary, once it serves: the index it actually loaded. */
export interface WorkerReady {
  type: 'archive-ready';
  summary: string;
  generation: string;
}

/** Primary → worker: serve this generation (workers are asked one at a time). */
export interface LoadGeneration {
  type: 'load-generation';
  id: number;
  generation: string;
}

/** Worker → primary: the answer to LoadGeneration. */
export interface GenerationLoaded {
  type: 'generation-loaded';
  id: number;
  ok: boolean;
  /** Counts of the archive served, or why the generation was refused (French). */
  detail: string;
}

/**
 * Worker → primary, when the worker starts to stop. The primary takes it out of its connection
 * rotation and says so; IPC keeps order, so every connection handed to it before arrives first.
 */
export interface ListenerClosed {
  type: 'listener-closed';
}

/** Primary → worker: no new connection will be handed to you. */
export interface ListenerReleased {
  type: 'listener-released';
}

/** Primary → worker, with an accepted connection as the message's handle: serve it. */
export interface HandedConnection {
  type: 'connection';
  id: number;
}

/**
 * Worker → primary, before it reads a byte of a handed connection. Until then the primary keeps its
 * own copy, and gives the connection to another worker if this one dies: the client never knows.
 */
export interface ConnectionTaken {
  type: 'connection-taken';
  id: number;
}

/** Worker → primary: a connection it was handed has closed (the primary hands new ones to the least busy worker). */
export interface ConnectionClosed {
  type: 'connection-closed';
  id: number;
}

/**
 * Either way: « send me recent searches ». From a starting worker, the primary answers with a serving
 * worker's; from the primary, a serving worker answers with its own (see src/web/recent-searches.ts).
 */
export interface RecentSearchesWanted {
  type: 'recent-searches?';
  id: number;
}

/** The answer to RecentSearchesWanted: paths with their query strings, least recent first. */
export interface RecentSearches {
  type: 'recent-searches';
  id: number;
  paths: string[];
}

/** Primary → worker: stop gracefully (the same as SIGTERM, without relying on signals). */
/** Close this many keep-alive connections: another worker joined with fewer (see connection-hand-off.ts). */
export interface ShedConnections {
  type: 'shed-connections';
  count: number;
}

export interface Shutdown {
  type: 'shutdown';
}

export type WorkerMessage = WorkerReady | GenerationLoaded | ListenerClosed | ConnectionTaken | ConnectionClosed | RecentSearchesWanted | RecentSearches;
export type PrimaryMessage = LoadGeneration | Shutdown | ShedConnections | ListenerReleased | HandedConnection | RecentSearchesWanted | RecentSearches;

const WORKER_MESSAGES: ReadonlySet<unknown> = new Set<WorkerMessage['type']>([
  'archive-ready', 'generation-loaded', 'listener-closed', 'connection-taken', 'connection-closed', 'recent-searches?', 'recent-searches',
]);
const PRIMARY_MESSAGES: ReadonlySet<unknown> = new Set<PrimaryMessage['type']>([
  'load-generation', 'shutdown', 'shed-connections', 'listener-released', 'connection', 'recent-searches?', 'recent-searches',
]);

export function isWorkerMessage(message: unknown): message is WorkerMessage {
  return typeof message === 'object' && message !== null && WORKER_MESSAGES.has((message as { type?: unknown }).type);
}

export function isPrimaryMessage(message: unknown): message is PrimaryMessage {
  return typeof message === 'object' && message !== null && PRIMARY_MESSAGES.has((message as { type?: unknown }).type);
}
