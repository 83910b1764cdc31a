import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArchive } from '../../src/search/archive';
import { buildIndexData, INDEX_VERSION } from '../../src/search/index-data';
import { IndexFileError, loadIndexFile, parseIndex, saveIndexFile, serializeIndex } from '../../src/search/index-file';
import { manifestPath, readIndexManifest } from '../../src/search/index-manifest';
import { FIXTURE_REPORTS } from '../fixtures/reports';

const data = buildIndexData(FIXTURE_REPORTS, new Date('2026-01-15T10:00:00Z'));
const json = serializeIndex(data);

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'index-file-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function withChange(change: (value: Record<string, unknown>) => void): string {
  const value = JSON.parse(json) as Record<string, unknown>;
  change(value);
  return JSON.stringify(value);
}

describe('index file', () => {
  it('round-trips: a loaded index answers like the built one', async () => {
    const path = join(folder, 'nested', 'dir', 'index.json');
    const { bytes } = await saveIndexFile(path, data);
    expect(bytes).toBe(Buffer.byteLength(json));
    const loaded = await loadIndexFile(path);
    expect(loaded).toEqual(data);
    const before = await createArchive(data).search({ q: 'négociations' });
    const after = await createArchive(loaded).search({ q: 'négociations' });
    expect(after).toEqual(before);
    expect(after.total).toBeGreaterThan(0);
  });

  it('leaves no temporary file behind and replaces an older index', async () => {
    const path = join(folder, 'index.json');
    await writeFile(path, 'ancien');
    await saveIndexFile(path, data);
    expect((await readdir(folder)).sort()).toEqual(['index.json', 'index.json.manifest.json']);
    expect(await readFile(path, 'utf8')).toBe(json);
  });

  it('removes the temporary files a killed save left behind, and only those', async () => {
    const path = join(folder, 'index.json');
    const old = new Date(Date.now() - 60_000);
    for (const name of ['index.json.4242.tmp', 'index.json.manifest.json.4242.tmp', 'other.json.4242.tmp']) {
      await writeFile(join(folder, name), 'moitié d’index');
      await utimes(join(folder, name), old, old);
    }
    await saveIndexFile(path, data);
    expect((await readdir(folder)).sort()).toEqual(['index.json', 'index.json.manifest.json', 'other.json.4242.tmp']);
  });

  it('writes a manifest that describes the index file without parsing it', async () => {
    const path = join(folder, 'index.json');
    const { bytes } = await saveIndexFile(path, data);
    const reading = await readIndexManifest(path);
    expect(reading).toMatchObject({
      ok: true,
      manifest: { builtAt: data.builtAt, indexBytes: bytes, reportCount: data.reports.length, sectionCount: data.sections.length },
    });
    expect(reading.ok && reading.manifest.reports).toEqual(data.reports.map((r) => ({ sourceFile: r.sourceFile, contentHash: r.contentHash })));
  });

  it.each<[string, (path: string) => Promise<void>]>([
    ['the index was replaced by a file of another size', (path) => writeFile(path, json.slice(0, 1000))],
    ['the manifest is missing', (path) => rm(manifestPath(path))],
    ['the manifest is damaged', (path) => writeFile(manifestPath(path), '{"version":1')],
  ])('ignores the manifest when %s', async (_, damage) => {
    const path = join(folder, 'index.json');
    await saveIndexFile(path, data);
    await damage(path);
    expect(await readIndexManifest(path)).toMatchObject({ ok: false });
  });

  it.each([
    ['truncated', json.slice(0, Math.floor(json.length / 2)), 'corrupt', /tronqué/],
    ['empty', '', 'corrupt', /JSON invalide/],
    ['not an object', '[1,2,3]', 'corrupt', /endommagé/],
    ['wrong version', withChange((v) => (v.version = INDEX_VERSION + 1)), 'incompatible', /autre version/],
    ['no version', withChange((v) => delete v.version), 'incompatible', /npm run reindex/],
    ['sections missing', withChange((v) => delete v.sections), 'corrupt', /sections/],
    ['engine out of step', withChange((v) => (v.prose = [])), 'corrupt', /prose/],
    ['engine missing', withChange((v) => (v.engine = null)), 'corrupt', /moteur/],
  ])('rejects a %s file with a clear IndexFileError', async (_, content, reason, message) => {
    const path = join(folder, 'index.json');
    await writeFile(path, content);
    const error = await loadIndexFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IndexFileError);
    expect((error as IndexFileError).reason).toBe(reason);
    expect((error as IndexFileError).path).toBe(path);
    expect((error as IndexFileError).message).toMatch(message);
    expect((error as IndexFileError).message).toContain(path);
  });

  it('says the index is missing, and how to build it', async () => {
    const path = join(folder, 'absent.json');
    const error = await loadIndexFile(path).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: 'missing', path });
    expect((error as Error).message).toMatch(/npm run reindex/);
  });

  it('says a folder is unreadable as an index', async () => {
    const error = await loadIndexFile(folder).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: 'unreadable', path: folder });
  });

  it('parses text directly', () => {
    expect(parseIndex(json).sections.length).toBe(data.sections.length);
  });
});
