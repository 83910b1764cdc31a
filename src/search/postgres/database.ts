// Connection pools and the schema. `pg` (node-postgres) is the field's standard client for Node: pure
// JavaScript, pooled, parameters always sent bound (never spliced into the SQL text).
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import { ArchiveUnavailableError } from '../archive-unavailable';
import { DEFAULT_POOL_SIZE, type DatabaseSettings } from '../database-settings';
import { EXTENSIONS, FUNCTIONS, FUNCTIONS_CURRENT, SCHEMA, SCHEMA_PRESENT } from './schema';

export type Pool = pg.Pool;

/** Pools of one process: writes (reindex) go to `primary`, searches and page reads to `read`. */
export interface Database {
  primary: Pool;
  /** The primary itself unless DATABASE_READ_URL names a replica. */
  read: Pool;
  close(): Promise<void>;
}

export { ArchiveUnavailableError } from '../archive-unavailable';
export { DEFAULT_POOL_SIZE, type DatabaseSettings } from '../database-settings';

/**
 * Two planner settings, measured at 100× (docs/performance.md, session 7). JIT compiled the search
 * queries each time (their estimated cost passes jit_above_cost), adding 100–150 ms to queries that run
 * in 5–30 ms. And the planner chose a sequential scan for a word held by a fifth of the sections or
 * more: it does not count the cost of reading each row's 4 KB tsvector, which the GIN index avoids
 * (« Nexem »: 147 ms by the table, 5 ms by the index). Every query of the archive has an index.
 */
export const SESSION_SETTINGS = '-c jit=off -c enable_seqscan=off';

/**
 * The client configuration of a connection string, with SESSION_SETTINGS added to the settings it sends
 * when connecting. node-postgres lets an `options` read from the URL replace the one given beside it, and
 * reads PGOPTIONS only when neither is given: so the URL is parsed here, by the parser node-postgres
 * itself uses, and its own settings (or PGOPTIONS) are kept, before ours.
 */
export function connectionSettings(connectionString: string, environmentOptions: string | undefined = process.env.PGOPTIONS): pg.ClientConfig {
  const config = parseIntoClientConfig(connectionString);
  const own = config.options ?? environmentOptions;
  return { ...config, options: own ? `${own} ${SESSION_SETTINGS}` : SESSION_SETTINGS };
}

export function openDatabase(settings: DatabaseSettings): Database {
  const make = (connectionString: string) => {
    const pool = new pg.Pool({
      ...connectionSettings(connectionString),
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

/** Any constant nothing else on the database uses: « arfunc » in ASCII. */
const SCHEMA_LOCK = 0x617266756e63;

/**
 * Creates the schema in an empty database, or brings an earlier one to it (schema-migrations.ts); a
 * database that has it is left alone (see SCHEMA_PRESENT), but for its functions, replaced when they
 * are not the current ones (FUNCTIONS_VERSION). One process at a time: servers starting together on
 * an earlier database migrate it once.
 */
export async function ensureSchema(pool: Pool): Promise<void> {
  const { rows: [server] } = await pool.query<{ server_version_num: string }>('SHOW server_version_num');
  const unsupported = unsupportedServer(Number(server?.server_version_num));
  if (unsupported) throw new Error(unsupported);
  const { rows } = await pool.query<{ present: boolean }>(SCHEMA_PRESENT);
  if (rows[0]?.present) {
    const { rows: [functions] } = await pool.query<{ current: boolean }>(FUNCTIONS_CURRENT);
    if (!functions?.current) await underSchemaLock(pool, async (client) => void (await client.query(FUNCTIONS)));
    return;
  }
  await underSchemaLock(pool, async (client) => {
    const { rows: [again] } = await client.query<{ present: boolean }>(SCHEMA_PRESENT);
    if (again?.present) return;
    await client.query(EXTENSIONS).catch((error: unknown) => {
      throw new Error(
        `L’extension btree_gin de PostgreSQL est nécessaire à l’archive et n’a pas pu être créée (${error instanceof Error ? error.message : String(error)}) : ` +
          'demandez à l’administrateur de la base d’exécuter « CREATE EXTENSION btree_gin; », puis relancez.',
        { cause: error },
      );
    });
    await client.query(SCHEMA);
  });
}

/** Oldest PostgreSQL the schema runs on: lz4 for the words, partitions detached concurrently (14). */
export const MINIMUM_SERVER_VERSION = 140000;

/** Why a server of `versionNumber` (server_version_num) cannot hold the archive, or undefined when it can. */
export function unsupportedServer(versionNumber: number): string | undefined {
  if (versionNumber >= MINIMUM_SERVER_VERSION) return undefined;
  const version = Number.isFinite(versionNumber) ? `${Math.floor(versionNumber / 10000)}` : 'inconnue';
  return `Ce serveur PostgreSQL (version ${version}) est trop ancien pour l’archive : il faut PostgreSQL 14 ou plus récent (Debian 12 installe la 15 : « sudo apt-get install -y postgresql »).`;
}

/** `work` in one transaction, after any other process's schema change (two replacing functions at once fail with « tuple concurrently updated »). */
async function underSchemaLock(pool: Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
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
