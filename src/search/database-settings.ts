/** Where the PostgreSQL archive is (DATABASE_URL and friends); read without loading the client. */
export interface DatabaseSettings {
  url: string;
  /** A streaming replica for reads (hot standby); reads go to `url` when absent. */
  readUrl?: string | undefined;
  /** Connections per pool and per process (DATABASE_POOL_SIZE, default 10). */
  poolSize?: number | undefined;
}

export const DEFAULT_POOL_SIZE = 10;
