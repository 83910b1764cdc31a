// Connection pools and the schema. `pg` (node-postgres) is the field's standard client for Node: pure
// JavaScript, pooled, parameters always sent bound (never spliced into the SQL text).
import { readFile } from 'node:fs/promises';
import pg from 'pg';

export type Pool = pg.Pool;

/** Pools of one process: writes (reindex) go to `primary`, searches and page reads to `read`. */
export interface Database {
  primary: Pool;
  /** The primary itself unless DATABASE_READ_URL names a replica. */
  read: Pool;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  url: string;
  /** A streaming replica for reads (hot standby); reads go to `url` when absent. */
  readUrl?: string | undefined;
  /** Connections per pool and per process (DATABASE_POOL_SIZE, default 10). */
  poolSize?: number | undefined;
}

export const DEFAULT_POOL_SIZE = 10;

/**
 * The database cannot answer (down, restarting, unreachable, or no archive in it yet): the web layer
 * answers 503 with this French message, and the next request tries again.
 */
export class ArchiveUnavailableError extends Error {
  readonly status = 503;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ArchiveUnavailableError';
  }
}

export function openDatabase(settings: DatabaseSettings): Database {
  const make = (connectionString: string) => {
    const pool = new pg.Pool({
      connectionString,
      max: settings.poolSize ?? DEFAULT_POOL_SIZE,
      connectionTimeoutMillis: 5000,
      // Idle connections never keep a script or a test worker alive; a server has its socket for that.
      allowExitOnIdle: true,
    });
    // An idle connection dropped by a database restart must not crash the process: the pool
    // replaces it on the next query.
    pool.on('error', () => {});
    return pool;
  };
  const primary = make(settings.url);
  const read = settings.readUrl ? make(settings.readUrl) : primary;
  return {
    primary,
    read,
    async close() {
      await primary.end();
      if (read !== primary) await read.end();
    },
  };
}

const SCHEMA_FILE = new URL('./schema.sql', import.meta.url);

export async function ensureSchema(pool: Pool): Promise<void> {
  await pool.query(await readFile(SCHEMA_FILE, 'utf8'));
}

/** Runs `work`, turning connection failures into ArchiveUnavailableError. */
export async function reading<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ArchiveUnavailableError || !isConnectionProblem(error)) throw error;
    throw new ArchiveUnavailableError(
      'La base de données de l’archive ne répond pas pour le moment. Réessayez dans quelques instants.',
      { cause: error },
    );
  }
}

// Node socket errors, and PostgreSQL's « server shutting down / starting up / connection » classes
// (08: connection exception, 57P: operator intervention, 53: insufficient resources).
function isConnectionProblem(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = String((error as { code?: unknown }).code ?? '');
  if (/^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EPIPE|ENOENT)$/.test(code)) return true;
  if (/^(08|57P|53)/.test(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}
