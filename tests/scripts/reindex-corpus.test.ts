// reindexCorpus in process: what an operator's index keeps when a report's new file is broken.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { reindexCorpus } from '../../scripts/lib/reindex-corpus';
import { loadIndexFile } from '../../src/search/index-file';

const work = await mkdtemp(join(tmpdir(), 'reindex-corpus-'));
afterAll(() => rm(work, { recursive: true, force: true }));

it('keeps the last good version of a report whose new file is broken, and still reports the failure', async () => {
  const corpus = join(work, 'corpus');
  const indexFile = join(work, 'index.json');
  await mkdir(corpus);
  await writeFile(join(corpus, 'bilan-2019.md'), '# Bilan 2019\n\n## La mission Laforcade\n\nUn texte sur la mission Laforcade.\n');
  await writeFile(join(corpus, 'bilan-2021.md'), '# Bilan 2021\n\n## Le Ségur\n\nUn texte sur le Ségur.\n');
  const lines: string[] = [];
  expect((await reindexCorpus({ corpusDir: corpus, indexFile, log: () => {} })).reports).toBe(2);

  // Saved in Latin-1 by mistake: « é » is the single byte 0xE9, which is not UTF-8.
  await writeFile(join(corpus, 'bilan-2019.md'), Buffer.from('# Bilan 2019\n\nUne année réécrite.\n', 'latin1'));
  const summary = await reindexCorpus({ corpusDir: corpus, indexFile, log: (line) => lines.push(line) });

  expect(summary.failed.map((problem) => [problem.file, problem.kind])).toEqual([['bilan-2019.md', 'not-utf8']]);
  expect(lines.join('\n')).toMatch(/version précédemment indexée de bilan-2019\.md/);
  const data = await loadIndexFile(indexFile);
  expect(data.reports.map((report) => report.sourceFile).sort()).toEqual(['bilan-2019.md', 'bilan-2021.md']);
  expect(data.sections.some((section) => section.text.includes('mission Laforcade'))).toBe(true);
});
