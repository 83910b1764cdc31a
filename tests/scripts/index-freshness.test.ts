import { copyFile, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { hashCorpusFiles } from '../../scripts/lib/corpus-hashes';
import { isIndexStale } from '../../scripts/lib/index-freshness';
import { reindexCorpus } from '../../scripts/lib/reindex-corpus';
import { generationsDir, readIndexManifest } from '../../src/search/index-manifest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = await mkdtemp(join(tmpdir(), 'freshness-'));
const corpus = join(work, 'corpus');
const index = join(work, 'index.json');
const past = new Date(Date.now() - 3_600_000);

beforeEach(async () => {
  await rm(corpus, { recursive: true, force: true });
  await rm(index, { force: true });
  await rm(generationsDir(index), { recursive: true, force: true });
  await mkdir(corpus);
  await copyFile(join(ROOT, 'corpus/rapport-annuel-2020.md'), join(corpus, 'rapport-annuel-2020.md'));
  await utimes(join(corpus, 'rapport-annuel-2020.md'), past, past);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const build = () => reindexCorpus({ corpusDir: corpus, indexFile: index, log: () => {} });

describe('isIndexStale', () => {
  it('is stale when there is no index, fresh right after a reindex', async () => {
    expect(await isIndexStale(corpus, index)).toMatchObject({ stale: true, reason: expect.stringMatching(/aucun index/) });
    await build();
    expect(await isIndexStale(corpus, index)).toMatchObject({ stale: false });
  });

  it.each<[string, () => Promise<void>, RegExp]>([
    ['a report modified after the index', async () => writeFile(join(corpus, 'rapport-annuel-2020.md'), '# Autre\n\nTexte.'), /rapport-annuel-2020\.md a changé/],
    ['a report modified with its date set back', async () => {
      await writeFile(join(corpus, 'rapport-annuel-2020.md'), '# Autre\n\nTexte.');
      await utimes(join(corpus, 'rapport-annuel-2020.md'), past, past);
    }, /rapport-annuel-2020\.md a changé/],
    ['a sidecar added after the index', async () => writeFile(join(corpus, 'rapport-annuel-2020.md.meta.json'), '{"year":2021}'), /rapport-annuel-2020\.md a changé/],
    ['a report added (even with an old date)', async () => {
      await writeFile(join(corpus, 'bilan-2019.md'), '# Bilan 2019\n\nTexte.');
      await utimes(join(corpus, 'bilan-2019.md'), past, past);
    }, /bilan-2019\.md n’est pas dans l’index/],
    ['a report removed', async () => rm(join(corpus, 'rapport-annuel-2020.md')), /retiré du corpus/],
    ['a corrupt index', async () => writeFile(index, '{ tronqué'), /illisible/],
  ])('is stale after %s', async (_name, change, reason) => {
    await build();
    // Checked once before the change, as seconds later: the hashes it remembered must not hide the change.
    expect(await isIndexStale(corpus, index, { nowMs: () => Date.now() + 5_000 })).toMatchObject({ stale: false });
    await change();
    expect(await isIndexStale(corpus, index)).toMatchObject({ stale: true, reason: expect.stringMatching(reason) });
  });

  it('stays fresh when a report is only touched, not changed', async () => {
    await build();
    const now = new Date();
    await utimes(join(corpus, 'rapport-annuel-2020.md'), now, now);
    expect(await isIndexStale(corpus, index)).toMatchObject({ stale: false });
  });

  it.each<[string, () => Promise<void>]>([
    ['with its manifest', async () => {}],
    ['as a whole index file (the layout before manifests and generations)', async () => {
      const reading = await readIndexManifest(index);
      if (!reading.ok) throw new Error(reading.reason);
      await writeFile(index, await readFile(reading.generationFile));
    }],
  ])('judges freshness from the index %s', async (_name, prepare) => {
    await build();
    await prepare();
    expect(await isIndexStale(corpus, index)).toMatchObject({ stale: false });
    await writeFile(join(corpus, 'rapport-annuel-2020.md'), '# Autre\n\nTexte.');
    expect(await isIndexStale(corpus, index)).toMatchObject({ stale: true, reason: expect.stringMatching(/a changé/) });
  });

  it('ignores files that are not reports', async () => {
    await build();
    await writeFile(join(corpus, 'README.md'), 'Déposez les rapports ici.');
    await writeFile(join(corpus, 'notes.docx'), 'PK');
    expect(await isIndexStale(corpus, index)).toMatchObject({ stale: false });
  });
});

describe('hashCorpusFiles', () => {
  const file = 'rapport-annuel-2020.md';
  const cache = join(work, 'hashes.json');
  const real = async () => (await hashCorpusFiles(corpus, [file], join(work, 'none', 'x.json'))).hashes[0];

  const later = { nowMs: () => Date.now() + 5_000 };

  it('does not remember a file changed just before it was hashed (a rewrite in the same tick keeps its stamp)', async () => {
    await rm(cache, { force: true });
    // The corpus was copied a moment ago.
    expect(await hashCorpusFiles(corpus, [file], cache)).toEqual({ hashes: [await real()], cacheSaved: true });
    expect(JSON.parse(await readFile(cache, 'utf8').catch(() => '{}'))).toEqual({});
    await hashCorpusFiles(corpus, [file], cache, later);
    expect(Object.keys(JSON.parse(await readFile(cache, 'utf8')) as object)).toEqual([file]);
  });

  it('takes a hash from the cache while the file’s stat is unchanged, and reads the file once it changes', async () => {
    await rm(cache, { force: true });
    const first = await hashCorpusFiles(corpus, [file], cache, later);
    expect(first).toEqual({ hashes: [await real()], cacheSaved: true });
    // A remembered hash is believed for as long as the stamp holds (this one is made up to show it).
    const remembered = JSON.parse(await readFile(cache, 'utf8')) as Record<string, { stamp: string; hash: string }>;
    await writeFile(cache, JSON.stringify({ [file]: { ...remembered[file], hash: 'remembered' } }));
    expect((await hashCorpusFiles(corpus, [file], cache, later)).hashes).toEqual(['remembered']);
    // Dates set back to what they were: the change time still moves, and the file is read again.
    await utimes(join(corpus, file), past, past);
    expect((await hashCorpusFiles(corpus, [file], cache, later)).hashes).toEqual([await real()]);
    // So does a sidecar added beside it.
    await writeFile(join(corpus, `${file}.meta.json`), '{"year":2021}');
    const withSidecar = (await hashCorpusFiles(corpus, [file], cache, later)).hashes;
    expect(withSidecar).toEqual([await real()]);
    expect(withSidecar).not.toEqual(first.hashes);
  });

  it('hashes every file when the cache cannot be read or written', async () => {
    await writeFile(cache, '{ abîmé');
    expect(await hashCorpusFiles(corpus, [file], cache, later)).toEqual({ hashes: [await real()], cacheSaved: true });
    expect(await hashCorpusFiles(corpus, [file], join(work, 'absent', 'hashes.json'), later)).toEqual({ hashes: [await real()], cacheSaved: false });
  });
});
