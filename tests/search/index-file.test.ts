import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArchive } from '../../src/search/archive';
import { buildIndexData, INDEX_VERSION } from '../../src/search/index-data';
import { IndexFileError, loadIndexFile, parseIndex, saveIndexFile, serializeIndex } from '../../src/search/index-file';
import { generationsDir, readIndexManifest } from '../../src/search/index-manifest';
import type { PhraseIndexData } from '../../src/search/phrase-index';
import { FIXTURE_REPORTS } from '../fixtures/reports';
import { asDocument } from '../helpers/index-document';

const data = buildIndexData(FIXTURE_REPORTS, new Date('2026-01-15T10:00:00Z'));
/** The index as it is written: a format line, the JSON line, the sections' texts. */
const content = serializeIndex(data);
/** The same index as one JSON document (how it was written before the texts were set apart): still read. */
const json = JSON.stringify(data);
const firstLineEnd = content.indexOf(0x0a);

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
    expect(bytes).toBe(content.length);
    const loaded = await loadIndexFile(path);
    expect(asDocument(loaded)).toEqual(asDocument(data));
    // Texts are read from the file's bytes, but a section is still a plain object to spread or serialise.
    expect(loaded.sections.map((section) => ({ ...section }))).toEqual(data.sections);
    expect(JSON.parse(JSON.stringify(loaded.sections))).toEqual(data.sections);
    expect(loaded.sections.some((section) => /[éèà’]/u.test(section.text))).toBe(true);
    const before = await createArchive(data).search({ q: 'négociations' });
    const after = await createArchive(loaded).search({ q: 'négociations' });
    expect(after).toEqual(before);
    expect(after.total).toBeGreaterThan(0);
  });

  it('reads back phrases whose folded words are outside ASCII (ø, Greek letters)', async () => {
    const [first, ...others] = FIXTURE_REPORTS;
    const extra = { ...first!.sections[0]!, id: 'eolien', title: 'Éolien en mer', text: 'Le parc éolien d’Ørsted au large, le projet Ωmega et la mer.' };
    const withExtra = buildIndexData([{ ...first!, sections: [...first!.sections, extra] }, ...others], new Date('2026-01-15T10:00:00Z'));
    const path = join(folder, 'index.json');
    await saveIndexFile(path, withExtra);
    const loaded = createArchive(await loadIndexFile(path));
    for (const q of ['"éolien d’Ørsted"', '"projet Ωmega"']) {
      const { hits } = await loaded.search({ q });
      expect(hits.map((hit) => hit.sectionId), q).toEqual(['eolien']);
    }
  });

  it('leaves no temporary file behind and replaces an older index', async () => {
    const path = join(folder, 'index.json');
    await writeFile(path, 'ancien');
    const { generationFile } = await saveIndexFile(path, data);
    expect((await readdir(folder)).sort()).toEqual(['index.json', 'index.json.generations']);
    expect(await readdir(generationsDir(path))).toHaveLength(1);
    expect((await readFile(generationFile)).equals(content)).toBe(true);
    expect(asDocument(await loadIndexFile(path))).toEqual(asDocument(data));
  });

  it('writes each save as a new generation and keeps only the current and the previous one', async () => {
    const path = join(folder, 'index.json');
    const saved = [];
    for (let i = 0; i < 4; i++) saved.push(await saveIndexFile(path, data));
    const names = saved.map((s) => s.generationFile);
    expect(new Set(names).size).toBe(4);
    expect((await readdir(generationsDir(path))).map((name) => join(generationsDir(path), name)).sort()).toEqual(names.slice(2).sort());
    expect(await readIndexManifest(path)).toMatchObject({ ok: true, generationFile: names[3] });
  });

  it('keeps serving the previous generation file when the manifest is overwritten', async () => {
    const path = join(folder, 'index.json');
    const { generationFile } = await saveIndexFile(path, data);
    await writeFile(path, 'octets aléatoires');
    expect(asDocument(await loadIndexFile(generationFile))).toEqual(asDocument(data));
    await expect(loadIndexFile(path)).rejects.toMatchObject({ reason: 'corrupt' });
  });

  it('removes the temporary files a killed save left behind, and only those', async () => {
    const path = join(folder, 'index.json');
    const old = new Date(Date.now() - 60_000);
    for (const name of ['index.json.4242.tmp', 'index.json.manifest.json', 'index.json.manifest.json.4242.tmp', 'other.json.4242.tmp']) {
      await writeFile(join(folder, name), 'moitié d’index');
      await utimes(join(folder, name), old, old);
    }
    await saveIndexFile(path, data);
    expect((await readdir(folder)).sort()).toEqual(['index.json', 'index.json.generations', 'other.json.4242.tmp']);
  });

  it('writes a manifest that describes the index, and the corpus it came from, without parsing it', async () => {
    const path = join(folder, 'index.json');
    const { bytes } = await saveIndexFile(path, data, { corpusDir: '/srv/rapports' });
    const reading = await readIndexManifest(path);
    expect(reading).toMatchObject({
      ok: true,
      manifest: { builtAt: data.builtAt, indexBytes: bytes, corpusDir: '/srv/rapports', reportCount: data.reports.length, sectionCount: data.sections.length },
    });
    expect(reading.ok && reading.manifest.reports).toEqual(data.reports.map((r) => ({ sourceFile: r.sourceFile, contentHash: r.contentHash })));
  });

  it.each<[string, (path: string) => Promise<void>]>([
    ['the generation was replaced by a file of another size', async (path) => {
      const [name] = await readdir(generationsDir(path));
      await writeFile(join(generationsDir(path), name!), json.slice(0, 1000));
    }],
    ['the generation is missing', (path) => rm(generationsDir(path), { recursive: true })],
    ['the manifest is damaged', (path) => writeFile(path, '{"version":2')],
    ['the manifest points outside its generations', async (path) => {
      const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      await writeFile(path, JSON.stringify({ ...manifest, generation: '../../etc/passwd' }));
    }],
  ])('ignores the manifest when %s', async (_, damage) => {
    const path = join(folder, 'index.json');
    await saveIndexFile(path, data);
    await damage(path);
    expect(await readIndexManifest(path)).toMatchObject({ ok: false });
  });

  it.each([
    ['truncated', json.slice(0, Math.floor(json.length / 2)), 'corrupt', /tronqué/],
    ['cut in its first line', content.subarray(0, firstLineEnd - 3), 'corrupt', /première ligne/],
    ['cut in its parts', content.subarray(0, content.length - 10), 'corrupt', /fichier tronqué/],
    ['longer than its parts', Buffer.concat([content, Buffer.from('xx')]), 'corrupt', /plus long que ses parties/],
    ['with part lengths that do not match its JSON', Buffer.concat([Buffer.from(content.toString('latin1', 0, firstLineEnd).replace(/"main":(\d+)/, (_, n: string) => `"main":${Number(n) - 1}`).replace(/"phrases":(\d+)/, (_, n: string) => `"phrases":${Number(n) + 1}`), 'latin1'), content.subarray(firstLineEnd)]), 'corrupt', /illisible/],
    ['empty', '', 'corrupt', /JSON invalide/],
    ['not an object', '[1,2,3]', 'corrupt', /endommagé/],
    ['wrong version', withChange((v) => (v.version = INDEX_VERSION + 1)), 'incompatible', /autre version/],
    ['no version', withChange((v) => delete v.version), 'incompatible', /npm run reindex/],
    ['sections missing', withChange((v) => delete v.sections), 'corrupt', /sections/],
    ['engine out of step', withChange((v) => (v.prose = [])), 'corrupt', /prose/],
    ['engine missing', withChange((v) => (v.engine = null)), 'corrupt', /moteur/],
    ['phrase codes missing', withChange((v) => delete v.phrases), 'corrupt', /mots des sections/],
    ['phrase codes of another width', withChange((v) => ((v.phrases as PhraseIndexData).width += 1)), 'corrupt', /mots des sections/],
    ['phrase codes cut mid-word', withChange((v) => ((v.phrases as PhraseIndexData).sections[0]![1] += '#')), 'corrupt', /mots des sections/],
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

  it('parses content directly, as written or as one JSON document', () => {
    expect(parseIndex(content).sections).toEqual(data.sections);
    expect(parseIndex(json).sections).toEqual(data.sections);
  });
});
