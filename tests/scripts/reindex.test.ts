import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndexFile } from '../../src/search/index-file';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let work = '';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function reindex(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/reindex.ts', ...args], { cwd: ROOT, env: { ...process.env, INDEX_FILE: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'reindex-'));
  await mkdir(join(work, 'corpus'));
  for (const file of ['rapport-annuel-2020.md', 'retrospective-2024.txt']) await copyFile(join(ROOT, 'corpus', file), join(work, 'corpus', file));
  await mkdir(join(work, 'bad'));
  for (const file of ['vide.pdf', 'pas-un-pdf.pdf', 'latin1.txt']) await copyFile(join(ROOT, 'tests/fixtures/bad', file), join(work, 'bad', file));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run reindex', { timeout: 90_000 }, () => {
  it('indexes the real corpus and names both reports with their section counts', async () => {
    const out = join(work, 'index.json');
    const run = await reindex('--corpus', join(work, 'corpus'), '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ rapport-annuel-2020\.md — Markdown, \d+ sections/);
    expect(run.stdout).toMatch(/✓ retrospective-2024\.txt — texte, \d+ sections/);
    expect(run.stdout).toMatch(/2 rapports, [\d\s\u202f]+ sections, [\d\s\u202f]+ mots ; index de [\d,]+ Ko écrit dans/);
    const index = await loadIndexFile(out);
    expect(index.reports.map((report) => report.id)).toEqual(['rapport-annuel-2020', 'retrospective-2024']);
    const sectionCount = Number(/rapport-annuel-2020\.md — Markdown, (\d+) sections/.exec(run.stdout)?.[1]);
    expect(index.sections.filter((section) => section.reportId === 'rapport-annuel-2020')).toHaveLength(sectionCount);
  });

  it('reuses unchanged reports on the next run and keeps the same section ids', async () => {
    const out = join(work, 'incremental.json');
    await reindex('--corpus', join(work, 'corpus'), '--out', out);
    const before = await loadIndexFile(out);
    const run = await reindex('--corpus', join(work, 'corpus'), '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/inchangé, repris de l’index précédent/g)).toHaveLength(2);
    const after = await loadIndexFile(out);
    expect(after.sections.map((section) => section.id)).toEqual(before.sections.map((section) => section.id));
  });

  it('exits 1 and leaves the previous index byte-identical when no file can be indexed', async () => {
    const out = join(work, 'kept.json');
    expect((await reindex('--corpus', join(work, 'corpus'), '--out', out)).code).toBe(0);
    const good = await readFile(out);
    const run = await reindex('--corpus', join(work, 'bad'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ vide.pdf — vide.pdf est vide');
    expect(run.stdout).toContain('✗ pas-un-pdf.pdf — pas-un-pdf.pdf n’est pas un PDF valide');
    expect(run.stdout).toContain('✗ latin1.txt — latin1.txt n’est pas encodé en UTF-8');
    expect(run.stdout).toContain('n’est pas remplacé');
    expect(await readFile(out)).toEqual(good);
  });

  it('exits 1 but indexes the good files when some files fail', async () => {
    const mixed = join(work, 'mixed');
    await mkdir(mixed);
    await copyFile(join(ROOT, 'corpus/rapport-annuel-2020.md'), join(mixed, 'rapport-annuel-2020.md'));
    await copyFile(join(ROOT, 'tests/fixtures/bad/vide.pdf'), join(mixed, 'vide.pdf'));
    const out = join(work, 'mixed.json');
    const run = await reindex('--corpus', mixed, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 rapport, .* 1 fichier en échec/);
    expect((await loadIndexFile(out)).reports.map((report) => report.id)).toEqual(['rapport-annuel-2020']);
  });

  it.each<[string, () => string[]]>([
    ['the corpus folder does not exist', () => ['--corpus', join(work, 'absent'), '--out', join(work, 'never', 'index.json')]],
    ['the corpus is a file', () => ['--corpus', join(work, 'corpus', 'rapport-annuel-2020.md'), '--out', join(work, 'never', 'index.json')]],
    ['--out is a folder', () => ['--corpus', join(work, 'corpus'), '--out', work]],
    ['--out is under a file', () => ['--corpus', join(work, 'corpus'), '--out', '/dev/null/index.json']],
    ['--out is where no folder can be created', () => ['--corpus', join(work, 'corpus'), '--out', '/proc/nope/index.json']],
  ])('exits 2 with one French line, before any work, when %s', async (_name, args) => {
    const run = await reindex(...args());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^(Le dossier du corpus .* est illisible|Impossible d’écrire l’index .* : .+)/);
    expect(run.stdout).not.toContain('Indexation');
    await expect(readFile(join(work, 'never', 'index.json'))).rejects.toThrow(/ENOENT/);
  });

  it.each([
    [['--help'], 0, /Usage : npm run reindex/],
    [['--bogus'], 2, /Option inconnue : --bogus[\s\S]*Usage/],
    [['--corpus'], 2, /argument missing|Usage/],
    [['positional'], 2, /Usage/],
  ])('%j exits %i', async (args, code, output) => {
    const run = await reindex(...args);
    expect(run.code).toBe(code);
    expect(run.stdout + run.stderr).toMatch(output);
  });

  it('writes to $INDEX_FILE when --out is not given', async () => {
    const out = join(work, 'from-env.json');
    const run = await new Promise<Run>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/reindex.ts', '--corpus', join(work, 'corpus')], { cwd: ROOT, env: { ...process.env, INDEX_FILE: out } }, (error, stdout, stderr) =>
        resolve({ code: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(run.code).toBe(0);
    expect((await loadIndexFile(out)).reports).toHaveLength(2);
  });
});
