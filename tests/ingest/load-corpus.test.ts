import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusFolderError, loadCorpus, type CorpusFileEvent } from '../../src/ingest/load-corpus';
import type { FileOutcome, Report } from '../../src/types';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-'));
  await copyFile(here('../../corpus/rapport-annuel-2020.md'), join(dir, 'rapport-annuel-2020.md'));
  await copyFile(here('../fixtures/pdf/rapport-activite-2022.pdf'), join(dir, 'activite.pdf'));
  await copyFile(here('../fixtures/pdf/chiffre.pdf'), join(dir, 'chiffre.pdf'));
  for (const bad of ['vide.pdf', 'pas-un-pdf.pdf', 'latin1.txt']) await copyFile(here(`../fixtures/bad/${bad}`), join(dir, bad));
  await writeFile(join(dir, 'activite.pdf.meta.json'), JSON.stringify({ id: 'bilan-2022', title: 'Bilan d’activité', year: 2021 }));
  await writeFile(join(dir, 'rapport-annuel-2020.md.meta.json'), '{ "title": "Rapport annuel", }');
  await writeFile(join(dir, 'notes.docx'), 'PK');
  await writeFile(join(dir, 'README.md'), '# Le corpus\n\nDéposez les rapports ici.');
  await writeFile(join(dir, '.DS_Store'), 'x');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const indexed = (outcomes: FileOutcome[]): Report[] => outcomes.flatMap((o) => (o.status === 'indexed' ? [o.report] : []));

describe('loadCorpus', () => {
  it('indexes the good files and names each bad one with its reason, without stopping', async () => {
    const { outcomes } = await loadCorpus(dir);
    const summary = outcomes.map((o) =>
      o.status === 'indexed' ? [o.report.meta.sourceFile, 'indexed'] : o.status === 'failed' ? [o.problem.file, o.problem.kind] : [o.file, 'skipped'],
    );
    // Sorted by name; README, dotfiles and sidecars are not reports.
    expect(summary).toEqual([
      ['activite.pdf', 'indexed'],
      ['chiffre.pdf', 'encrypted'],
      ['latin1.txt', 'not-utf8'],
      ['notes.docx', 'skipped'],
      ['pas-un-pdf.pdf', 'not-pdf'],
      ['rapport-annuel-2020.md', 'indexed'],
      ['vide.pdf', 'empty'],
    ]);
  });

  it('applies a sidecar’s overrides and reports a malformed sidecar while still indexing the report', async () => {
    const { outcomes } = await loadCorpus(dir);
    const pdf = outcomes.find((o) => o.status === 'indexed' && o.report.meta.sourceFile === 'activite.pdf');
    expect(pdf?.status === 'indexed' && pdf.report.meta).toMatchObject({ id: 'bilan-2022', title: 'Bilan d’activité', year: 2021, pageCount: 3 });
    expect(pdf?.status === 'indexed' && pdf.report.sections.every((section) => section.reportId === 'bilan-2022')).toBe(true);

    const markdown = outcomes.find((o) => o.status === 'indexed' && o.report.meta.sourceFile === 'rapport-annuel-2020.md');
    if (markdown?.status !== 'indexed') throw new Error('markdown report not indexed');
    expect(markdown.report.meta).toMatchObject({ id: 'rapport-annuel-2020', title: 'Rapport annuel 2020', year: 2020 });
    expect(markdown.warnings).toEqual([
      expect.objectContaining({ file: 'rapport-annuel-2020.md.meta.json', kind: 'bad-sidecar', message: expect.stringMatching(/JSON invalide/) }),
    ]);
  });

  it('reuses unchanged reports from the previous index and extracts changed ones again', async () => {
    const first = indexed((await loadCorpus(dir)).outcomes);
    const previous = new Map(first.map((report) => [report.meta.contentHash, report]));
    await writeFile(join(dir, 'activite.pdf.meta.json'), JSON.stringify({ title: 'Bilan 2022 corrigé' }));

    const events: CorpusFileEvent[] = [];
    const second = indexed((await loadCorpus(dir, { previous, onFile: (event) => events.push(event) })).outcomes);
    const reused = events.filter((event) => event.reused).map((event) => event.file);
    expect(reused).toEqual(['rapport-annuel-2020.md']);
    expect(second.find((report) => report.meta.sourceFile === 'rapport-annuel-2020.md')).toBe(
      first.find((report) => report.meta.sourceFile === 'rapport-annuel-2020.md'),
    );
    expect(second.find((report) => report.meta.sourceFile === 'activite.pdf')?.meta).toMatchObject({ id: 'activite', title: 'Bilan 2022 corrigé' });
    expect(events.map((event) => event.file)).toHaveLength(7);
  });

  it('reads several files at once yet reports them, and gives a contested id, in name order', async () => {
    // The PDF, slower to read than the markdown, claims the markdown's id: the first name keeps it.
    await writeFile(join(dir, 'activite.pdf.meta.json'), JSON.stringify({ id: 'rapport-annuel-2020' }));
    for (const concurrency of [1, 4]) {
      const events: CorpusFileEvent[] = [];
      const { outcomes } = await loadCorpus(dir, { concurrency, onFile: (event) => events.push(event) });
      expect(events.map((event) => event.file)).toEqual([
        'activite.pdf', 'chiffre.pdf', 'latin1.txt', 'notes.docx', 'pas-un-pdf.pdf', 'rapport-annuel-2020.md', 'vide.pdf',
      ]);
      expect(indexed(outcomes).map((report) => report.meta.sourceFile)).toEqual(['activite.pdf']);
      const refused = outcomes.find((o) => o.status === 'failed' && o.problem.file === 'rapport-annuel-2020.md');
      expect(refused?.status === 'failed' && refused.problem.message).toMatch(/même identifiant « rapport-annuel-2020 » que activite\.pdf/);
    }
    await writeFile(join(dir, 'activite.pdf.meta.json'), JSON.stringify({ id: 'bilan-2022', title: 'Bilan d’activité', year: 2021 }));
  });

  it('fails with a readable error when the folder does not exist', async () => {
    await expect(loadCorpus(join(dir, 'absent'))).rejects.toThrow(CorpusFolderError);
    await expect(loadCorpus(join(dir, 'absent'))).rejects.toThrow(/Le dossier du corpus .* est illisible/);
  });
});
