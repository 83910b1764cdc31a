// One partition per generation for the archive's big tables. A reindex writes each into a table of
// its own, with no index yet, builds the indexes in one pass (a GIN index built whole is many times
// cheaper than one kept up row by row), then attaches it. Dropping a generation drops its tables
// instead of deleting rows one by one and vacuuming them.
import type { PoolClient } from 'pg';

export interface GenerationTable {
  /** The partitioned table readers query. */
  name: string;
  /** What a partition needs before it is attached, as the parent declares it (schema.ts); `%s` is the partition. */
  indexes: string[];
}

/** The tables holding a generation's rows, each partitioned by generation (schema.ts). */
export const GENERATION_TABLES: readonly GenerationTable[] = [
  {
    name: 'archive_section',
    indexes: ['ALTER TABLE %s ADD PRIMARY KEY (ord, generation_id)', 'CREATE INDEX ON %s (report_id, generation_id, ord)'],
  },
  {
    name: 'archive_match',
    indexes: ['ALTER TABLE %s ADD PRIMARY KEY (ord, generation_id)', 'CREATE INDEX ON %s USING gin (generation_id, terms) WITH (fastupdate = off)'],
  },
  { name: 'archive_term', indexes: ['ALTER TABLE %s ADD PRIMARY KEY (generation_id, term)'] },
  { name: 'archive_vocabulary', indexes: ['ALTER TABLE %s ADD PRIMARY KEY (generation_id, rank)'] },
];

/**
 * The partition of `table` holding `generation`. Identifiers cannot be bound as parameters: the name is
 * made of a known table and the generation read back as an integer, so nothing else can reach the SQL.
 */
export function partitionName(table: string, generation: string): string {
  if (!GENERATION_TABLES.some((known) => known.name === table)) throw new Error(`Table d’archive inconnue : ${table}`);
  return `${table}_g${BigInt(generation).toString()}`;
}

/** Empty tables shaped like the partitions of `generation`, not attached yet: nobody reads them. */
export async function createPartitions(client: PoolClient, generation: string): Promise<void> {
  const id = BigInt(generation);
  for (const { name } of GENERATION_TABLES) {
    const partition = partitionName(name, generation);
    await client.query(`CREATE TABLE ${partition} (LIKE ${name} INCLUDING DEFAULTS INCLUDING COMPRESSION)`);
    // The partition's bound as a constraint: attaching it then needs no scan to check its rows.
    await client.query(`ALTER TABLE ${partition} ADD CONSTRAINT ${partition}_generation CHECK (generation_id >= ${id} AND generation_id < ${id + 1n})`);
  }
}

/**
 * Builds the indexes of one filled partition of `generation` and gathers its statistics. Before anyone
 * reads it: statistics for the planner, and the visibility map and hint bits set once here rather than
 * by the first searches (each first read of a fresh page wrote it: « secteur » at 100× took 59 ms on a
 * fresh generation, 5 ms after).
 */
export async function indexPartition(client: PoolClient, table: string, generation: string): Promise<void> {
  const partition = partitionName(table, generation);
  // Sent as one query: the database builds them all even while this process is busy (see generations.ts).
  await client.query(GENERATION_TABLES.find(({ name }) => name === table)!.indexes.map((index) => index.replace('%s', partition)).join(';\n'));
  await client.query(`VACUUM (ANALYZE) ${partition}`);
}

/**
 * Indexes the partitions of `generation` not indexed yet (see indexPartition), then attaches them all.
 * Attaching takes a lock readers do not wait on; the rows stay unread until the generation is current.
 */
export async function attachPartitions(client: PoolClient, generation: string): Promise<void> {
  const id = BigInt(generation);
  for (const { name } of GENERATION_TABLES) {
    const { rows: [indexed] } = await client.query<{ done: boolean }>(`SELECT EXISTS (SELECT 1 FROM pg_index WHERE indrelid = to_regclass($1)) AS done`, [partitionName(name, generation)]);
    if (!indexed?.done) await indexPartition(client, name, generation);
  }
  for (const { name } of GENERATION_TABLES) {
    await client.query(`ALTER TABLE ${name} ATTACH PARTITION ${partitionName(name, generation)} FOR VALUES FROM (${id}) TO (${id + 1n})`);
  }
}

/**
 * Drops the tables of generations that no longer exist: those replaced twice, and those a killed
 * reindex left, attached or not. The partition an earlier layout's rows were kept in (schema.ts,
 * `_legacy`) still deletes its rows with their generation, and goes once it is empty. Detached
 * concurrently, so that readers of the other generations never wait; runs outside any transaction.
 */
export async function dropStalePartitions(client: PoolClient): Promise<void> {
  const { rows } = await client.query<{ partition: string; parent: string | null; pending: boolean | null }>(STALE_PARTITIONS);
  for (const { partition, parent, pending } of rows) {
    if (parent !== null && !GENERATION_TABLES.some(({ name }) => name === parent)) throw new Error(`La table ${partition} est rattachée à ${parent}, qui n’est pas une table de l’archive : elle est laissée telle quelle.`);
    if (partition.endsWith('_legacy')) {
      const { rows: [legacy] } = await client.query<{ empty: boolean }>(`SELECT NOT EXISTS (SELECT 1 FROM ${partition}) AS empty`);
      if (!legacy?.empty) continue;
    }
    if (parent) await client.query(`ALTER TABLE ${parent} DETACH PARTITION ${partition} ${pending ? 'FINALIZE' : 'CONCURRENTLY'}`);
    await client.query(`DROP TABLE ${partition}`);
  }
}

const STALE_PARTITIONS = `
  SELECT c.relname AS partition, p.relname AS parent, i.inhdetachpending AS pending
    FROM pg_class c
    LEFT JOIN pg_inherits i ON i.inhrelid = c.oid
    LEFT JOIN pg_class p ON p.oid = i.inhparent
   WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
     AND (c.relname ~ '^archive_(section|match|term|vocabulary)_legacy$'
          OR (c.relname ~ '^archive_(section|match|term|vocabulary)_g[0-9]+$'
              AND NOT EXISTS (SELECT 1 FROM archive_generation g WHERE g.id = substring(c.relname FROM '_g([0-9]+)$')::bigint)))
   -- A parent has one detach pending at most: finished first.
   ORDER BY i.inhdetachpending DESC NULLS LAST, c.relname`;
