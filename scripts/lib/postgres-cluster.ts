// A throw-away PostgreSQL cluster from Debian's binaries: initdb in a temporary folder, listening on a
// Unix socket in that folder only (no TCP port to collide on), run as the `postgres` user when we are
// root (PostgreSQL refuses to run as root). Used by the test suites, the bench and the replica demo.
import { execFile } from 'node:child_process';
import { appendFile, chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const DEBIAN_POSTGRES = '/usr/lib/postgresql';

/** The newest PostgreSQL Debian installed (`/usr/lib/postgresql/<version>/bin`): 15 on bookworm, later on newer releases. */
function debianPostgresBin(): string {
  const versions = existsSync(DEBIAN_POSTGRES)
    ? readdirSync(DEBIAN_POSTGRES).filter((name) => /^\d+$/.test(name) && existsSync(join(DEBIAN_POSTGRES, name, 'bin', 'initdb')))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0] ?? '15';
  return join(DEBIAN_POSTGRES, newest, 'bin');
}

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? debianPostgresBin();

export const POSTGRES_INSTALL_HINT =
  `PostgreSQL est introuvable dans ${POSTGRES_BIN}. Installez-le avec « sudo apt-get install -y postgresql » ` +
  `(ou indiquez le dossier de ses programmes dans POSTGRES_BIN).`;

export function postgresInstalled(): boolean {
  return existsSync(join(POSTGRES_BIN, 'initdb')) && existsSync(join(POSTGRES_BIN, 'pg_ctl'));
}

export interface Cluster {
  /** Folder holding the data directory and the socket. */
  dir: string;
  dataDir: string;
  /** A connection string for `database` on this cluster (over the Unix socket). */
  url(database?: string): string;
  /** Runs a PostgreSQL program as the cluster's owner. */
  exec(program: string, args: string[]): Promise<string>;
  start(): Promise<void>;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server and deletes the folder. */
  remove(): Promise<void>;
}

interface ClusterOptions {
  /** Extra `postgresql.conf` settings, e.g. for a primary that feeds a replica. */
  settings?: Record<string, string>;
  /** Use this existing data directory (a base backup) instead of running initdb. */
  fromDataDir?: (dataDir: string, exec: Cluster['exec']) => Promise<void>;
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export async function createCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), 'archive-pg-'));
  const dataDir = join(dir, 'data');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  await chmod(dir, 0o700);
  const exec: Cluster['exec'] = async (program, args) => {
    const binary = join(POSTGRES_BIN, program);
    const { stdout } = asRoot
      ? await run('runuser', ['-u', 'postgres', '--', binary, ...args], { cwd: dir })
      : await run(binary, args, { cwd: dir });
    return stdout;
  };
  if (options.fromDataDir) await options.fromDataDir(dataDir, exec);
  else await exec('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const settings = {
    listen_addresses: "''",
    unix_socket_directories: `'${dir}'`,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    shared_buffers: '64MB',
    ...options.settings,
  };
  const conf = Object.entries(settings).map(([key, value]) => `${key} = ${value}`).join('\n');
  await appendConf(dataDir, conf);
  const cluster: Cluster = {
    dir,
    dataDir,
    url: (database = 'postgres') => `postgresql://postgres@/${database}?host=${encodeURIComponent(dir)}`,
    exec,
    start: async () => {
      await exec('pg_ctl', ['-D', dataDir, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    },
    stop: async (mode = 'fast') => {
      await exec('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']).catch(() => undefined);
    },
    remove: async () => {
      await cluster.stop('immediate');
      await rm(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

async function appendConf(dataDir: string, conf: string): Promise<void> {
  // The file exists (initdb or pg_basebackup wrote it), so it keeps its owner.
  await appendFile(join(dataDir, 'postgresql.auto.conf'), `\n${conf}\n`);
}
