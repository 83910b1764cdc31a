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

/** Primary → worker: stop gracefully (the same as SIGTERM, without relying on signals). */
export interface Shutdown {
  type: 'shutdown';
}

export type WorkerMessage = WorkerReady | GenerationLoaded | ListenerClosed | ConnectionTaken;
export type PrimaryMessage = LoadGeneration | Shutdown | ListenerReleased | HandedConnection;

export function isWorkerMessage(message: unknown): message is WorkerMessage {
  const m = message as Partial<WorkerMessage> | null;
  return typeof m === 'object' && m !== null && (m.type === 'archive-ready' || m.type === 'generation-loaded' || m.type === 'listener-closed' || m.type === 'connection-taken');
}

export function isPrimaryMessage(message: unknown): message is PrimaryMessage {
  const m = message as Partial<PrimaryMessage> | null;
  return typeof m === 'object' && m !== null && (m.type === 'load-generation' || m.type === 'shutdown' || m.type === 'listener-released' || m.type === 'connection');
}
