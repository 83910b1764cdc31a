// The synthetic corpus behind the benchmark and the fault tests: reproducible, varied like a real
// archive (years, titles, organisations, sizes), and read by the real ingest like any report.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/load-corpus';
import { FIRST_YEAR, LAST_YEAR, makeSyntheticCorpus } from '../../scripts/lib/bench/synthetic-corpus';
import { readSourceDocuments, writeSyntheticCorpus } from '../../scripts/lib/bench/synthetic-files';

const sources = readSourceDocuments('corpus');
const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('makeSyntheticCorpus', () => {
  const files = makeSyntheticCorpus(sources, { factor: 12, seed: 1 });

  it('is the same for the same seed and differs for another', () => {
    expect(makeSyntheticCorpus(sources, { factor: 12, seed: 1 })).toEqual(files);
    expect(makeSyntheticCorpus(sources, { factor: 12, seed: 2 })).not.toEqual(files);
  });

  it('makes factor × as many reports, with unique names, varied years, titles and organisations', () => {
    expect(files).toHaveLength(12 * sources.length);
    expect(new Set(files.map((file) => file.fileName)).size).toBe(files.length);
    for (const file of files) {
      expect(file.year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(file.year).toBeLessThanOrEqual(LAST_YEAR);
    }
    expect(new Set(files.map((file) => file.year)).size).toBeGreaterThan(8);
    expect(new Set(files.map((file) => file.organisation)).size).toBeGreaterThan(2);
    expect(new Set(files.map((file) => file.title.replace(/\d+/, ''))).size).toBeGreaterThan(2);
  });

  it('keeps each report within a realistic size of its source, in its source format', () => {
    for (const file of files) {
      const source = sources.find((s) => s.fileName === file.source)!;
      const ratio = file.content.length / source.content.length;
      expect(ratio).toBeGreaterThan(0.4);
      expect(ratio).toBeLessThan(1.7);
      if (file.fileName.endsWith('.md')) expect(file.content.startsWith(`# ${file.title}\n`)).toBe(true);
      else expect(file.content.startsWith(`${file.title}\n`)).toBe(true);
    }
  });

  it('moves the years written in the text with the report’s year', () => {
    // A report dated before 2000: every year of its text moves below 2010, none can stay « 2020 ».
    const report = files.find((file) => file.source === 'rapport-annuel-2020.md' && file.year < 2000)!;
    expect(report.content.split(String(report.year)).length).toBeGreaterThan(3);
    expect(report.content).not.toMatch(/\b20[12]\d\b/);
  });
});

describe('writeSyntheticCorpus', () => {
  it('writes reports and sidecars the ingest reads, organisation included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
    scratch.push(dir);
    const out = join(dir, 'corpus');
    const written = writeSyntheticCorpus('corpus', out, { factor: 2, seed: 3 });
    const { outcomes } = await loadCorpus(out);
    expect(outcomes).toHaveLength(written.files);
    const reports = outcomes.map((outcome) => (outcome.status === 'indexed' ? outcome.report : undefined));
    expect(reports.every((report) => report !== undefined && report.sections.length > 5)).toBe(true);
    expect(new Set(reports.map((report) => report!.meta.id)).size).toBe(written.files);
    const expected = makeSyntheticCorpus(sources, { factor: 2, seed: 3 });
    expect(reports.map((report) => report!.meta.organisation).sort()).toEqual(expected.map((file) => file.organisation).sort());
  });

  it('refuses to empty a folder it did not create', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
    scratch.push(dir);
    await writeFile(join(dir, 'notes.txt'), 'à garder');
    expect(() => writeSyntheticCorpus('corpus', dir, { factor: 1, seed: 1 })).toThrow(/n'est pas vide/);
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('à garder');
  });
});
