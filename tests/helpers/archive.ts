// The archive built from the real reports, once per test worker: tests that ask what a reader finds
// in the actual corpus share it. In the `postgres` test project (ARCHIVE_BACKEND=postgres, see
// vitest.config.ts) the same suites read it from PostgreSQL instead of the embedded index.
import { inject } from 'vitest';
import { createArchive, postgresArchiveSource, type Archive, type DatabaseSettings } from '../../src/search';
import { buildIndexData } from '../../src/search/index-data';
import { loadRealReports } from './corpus';

let archive: Promise<Archive> | undefined;

export function realArchive(): Promise<Archive> {
  archive ??= testedBackend() === 'postgres'
    ? postgresArchiveSource({ url: inject('postgresUrl') }).open()
    : loadRealReports().then((reports) => createArchive(buildIndexData(reports, new Date())));
  return archive;
}

export function testedBackend(): 'embedded' | 'postgres' {
  return process.env.ARCHIVE_BACKEND === 'postgres' ? 'postgres' : 'embedded';
}

/**
 * For suites that start the real server: in the `postgres` project it serves the run's database (the
 * real corpus) instead of the index file it was given.
 */
export function testedDatabase(): { database?: DatabaseSettings } {
  return testedBackend() === 'postgres' ? { database: { url: inject('postgresUrl') } } : {};
}
