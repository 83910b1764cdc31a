// What `npm start` decides about an index before serving it: never rebuild an operator's index
// from a corpus it was not built from.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planIndex } from '../../scripts/lib/prepare-index';
import { reindexCorpus } from '../../scripts/lib/reindex-corpus';
import { readIndexManifest } from '../../src/search/index-manifest';
import { REAL_CORPUS_DIR } from '../helpers/corpus';

const FIXTURE_CORPUS = join(import.meta.dirname, '../fixtures/web/corpus');
let work: string;
let operatorCorpus: string;
let operatorIndex: string;
let plainIndex: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'prepare-index-'));
  operatorCorpus = join(work, 'rapports');
  await cp(FIXTURE_CORPUS, operatorCorpus, { recursive: true });
  operatorIndex = join(work, 'srv', 'index.json');
  await reindexCorpus({ corpusDir: operatorCorpus, indexFile: operatorIndex, log: () => {} });
  // A whole index file of unknown origin (the layout before manifests, or a copy made by hand).
  plainIndex = join(work, 'copied', 'index.json');
  const reading = await readIndexManifest(operatorIndex);
  if (!reading.ok) throw new Error(reading.reason);
  await cp(reading.generationFile, plainIndex);
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('planIndex', () => {
  it.each<[string, () => { indexFile: string; corpusDir: string; corpusDirExplicit: boolean }, { action: string; notice?: RegExp; corpus?: () => string }]>([
    ['an index checked against the corpus it records, not ./corpus', () => ({ indexFile: operatorIndex, corpusDir: 'corpus', corpusDirExplicit: false }), { action: 'serve' }],
    ['CORPUS_DIR naming another corpus than the recorded one', () => ({ indexFile: operatorIndex, corpusDir: REAL_CORPUS_DIR, corpusDirExplicit: true }),
      { action: 'serve', notice: /a été construit depuis .*rapports, pas depuis CORPUS_DIR=.* : il est servi tel quel, sans reconstruction/ }],
    ['CORPUS_DIR naming the recorded corpus', () => ({ indexFile: operatorIndex, corpusDir: operatorCorpus, corpusDirExplicit: true }), { action: 'serve' }],
    ['a whole index of unknown origin that does not match ./corpus', () => ({ indexFile: plainIndex, corpusDir: REAL_CORPUS_DIR, corpusDirExplicit: false }),
      { action: 'serve', notice: /ne dit pas de quel corpus il vient .* il est servi tel quel/ }],
    ['a whole index of unknown origin when CORPUS_DIR names a corpus', () => ({ indexFile: plainIndex, corpusDir: REAL_CORPUS_DIR, corpusDirExplicit: true }),
      { action: 'rebuild', corpus: () => REAL_CORPUS_DIR }],
    ['no index at all', () => ({ indexFile: join(work, 'none', 'index.json'), corpusDir: REAL_CORPUS_DIR, corpusDirExplicit: false }),
      { action: 'rebuild', corpus: () => REAL_CORPUS_DIR }],
  ])('%s', async (_name, source, expected) => {
    const plan = await planIndex(source());
    expect(plan.action).toBe(expected.action);
    if (expected.notice) expect(plan.action === 'serve' && plan.notice).toMatch(expected.notice);
    else if (plan.action === 'serve') expect(plan.notice).toBeUndefined();
    if (expected.corpus) expect(plan.action === 'rebuild' && plan.corpusDir).toBe(expected.corpus().replace(/\/$/, ''));
  });

  it('rebuilds from the recorded corpus when a report of it changed', async () => {
    const corpus = join(work, 'changing');
    const index = join(work, 'changing-index', 'index.json');
    await cp(FIXTURE_CORPUS, corpus, { recursive: true });
    await reindexCorpus({ corpusDir: corpus, indexFile: index, log: () => {} });
    const file = join(corpus, 'rapport-annuel-2031.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\n\n## Ajout\n\nUn paragraphe de plus.\n`);
    expect(await planIndex({ indexFile: index, corpusDir: 'corpus', corpusDirExplicit: false })).toMatchObject({ action: 'rebuild', corpusDir: corpus });
  });

  it('serves as is, and says so, when the recorded corpus is gone', async () => {
    const corpus = join(work, 'gone');
    const index = join(work, 'gone-index', 'index.json');
    await cp(FIXTURE_CORPUS, corpus, { recursive: true });
    await reindexCorpus({ corpusDir: corpus, indexFile: index, log: () => {} });
    await rm(corpus, { recursive: true });
    expect(await planIndex({ indexFile: index, corpusDir: 'corpus', corpusDirExplicit: false })).toMatchObject({ action: 'serve', notice: expect.stringMatching(/introuvable : l’index est servi tel quel/) });
  });
});
