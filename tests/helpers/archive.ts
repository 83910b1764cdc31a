// The archive built from the real reports, once per test worker: tests that ask what a reader finds
// in the actual corpus share it.
import { createArchive, type Archive } from '../../src/search/archive';
import { buildIndexData } from '../../src/search/index-data';
import { loadRealReports } from './corpus';

let archive: Promise<Archive> | undefined;

export function realArchive(): Promise<Archive> {
  archive ??= loadRealReports().then((reports) => createArchive(buildIndexData(reports, new Date())));
  return archive;
}
