// An archive built from a synthetic corpus (scripts/make-synthetic-corpus.ts: real sections shuffled
// into reports of varied years and organisations), for what the two real reports cannot show, such
// as a timeline of twenty years and more.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCorpus } from '../../scripts/lib/bench/synthetic-files';
import { loadCorpus } from '../../src/ingest/load-corpus';
import { createArchive, type Archive } from '../../src/search/archive';
import { buildIndexData } from '../../src/search/index-data';
import { REAL_CORPUS_DIR } from './corpus';

export async function syntheticArchive(options: { factor: number; seed: number }): Promise<Archive> {
  const dir = await mkdtemp(join(tmpdir(), 'archive-synthetique-'));
  try {
    writeSyntheticCorpus(REAL_CORPUS_DIR, dir, options);
    const { outcomes } = await loadCorpus(dir);
    const reports = outcomes.flatMap((outcome) => (outcome.status === 'indexed' ? [outcome.report] : []));
    if (reports.length !== outcomes.length) throw new Error(`Corpus synthétique : ${outcomes.length - reports.length} fichiers non indexés.`);
    return createArchive(buildIndexData(reports, new Date()));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
