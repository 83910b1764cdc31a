// The archive built from the real reports and the project's thesaurus, once per test worker: tests
// that ask what a reader finds in the actual corpus share it. In the `postgres` test project
// (ARCHIVE_BACKEND=postgres, see vitest.config.ts) the same suites read it from PostgreSQL instead.
import { inject } from 'vitest';
import { createArchive, type Archive, type DatabaseSettings } from '../../src/search';
import { postgresArchiveSource } from '../../src/search/postgres/source';
import { buildIndexData } from '../../src/search/index-data';
import { loadThesaurusFile } from '../../src/search/thesaurus-file';
import { loadRealReports } from './corpus';

let archive: Promise<Archive> | undefined;

export function realArchive(): Promise<Archive> {
  archive ??= testedBackend() === 'postgres'
    ? loadThesaurusFile().then((thesaurus) => postgresArchiveSource({ url: inject('postgresUrl') }, { thesaurus: thesaurus.groups }).openCurrent().then((current) => current.open()))
    : Promise.all([loadRealReports(), loadThesaurusFile()]).then(([reports, thesaurus]) =>
        createArchive(buildIndexData(reports, new Date()), { thesaurus: thesaurus.groups }));
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
