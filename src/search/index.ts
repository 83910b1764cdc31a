// The search layer as the web layer and scripts see it. `Archive` is the boundary: the embedded
// MiniSearch archive (`createArchive` over an index file) is one implementation of it; another
// backend enters here as another implementation, never as a branch in the web layer.
export { createArchive, DEFAULT_LIMIT, MAX_LIMIT, type Archive, type ArchiveOptions, type ReportSummary } from './archive';
export { buildIndexData, groupReports, type IndexData } from './index-data';
export { checkIndexWritable, IndexFileError, loadGeneration, loadIndexFile, openIndexFile, parseIndex, saveIndexFile, type IndexFileProblem, type OpenedIndex } from './index-file';
export { generationsDir, readIndexManifest, type IndexManifest, type ManifestReading } from './index-manifest';
export { paragraphRanges, type TextRange } from './paragraphs';
export { MAX_QUERY_LENGTH } from './query-parser';
export { escapeHtml } from './snippet';
export { warmUp, type WarmUpBudget } from './warm-up';
export type { ArchiveSource, GenerationReading } from './archive-source';
export { ArchiveUnavailableError } from './archive-unavailable';
export { DEFAULT_POOL_SIZE, type DatabaseSettings } from './database-settings';
export { loadThesaurusFile, ThesaurusFileError } from './thesaurus-file';
