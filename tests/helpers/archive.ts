// The archive built from the real reports and the project's thesaurus, once per test worker: tests
// that ask what a reader finds in the actual corpus share it.
import { createArchive, type Archive } from '../../src/search/archive';
import { buildIndexData } from '../../src/search/index-data';
import { loadThesaurusFile } from '../../src/search/thesaurus-file';
import { loadRealReports } from './corpus';

let archive: Promise<Archive> | undefined;

export function realArchive(): Promise<Archive> {
  archive ??= Promise.all([loadRealReports(), loadThesaurusFile()]).then(([reports, thesaurus]) =>
    createArchive(buildIndexData(reports, new Date()), { thesaurus: thesaurus.groups }));
  return archive;
}
