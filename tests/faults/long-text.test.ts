// A long text without punctuation (one endless paragraph) used to take 79 s per MB to reindex, and a
// 50 MB one never ended, printing nothing: reflowing rescanned the whole paragraph at every line.
// Now it is linear, and a text that still takes too long is refused by name, like a PDF.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longText } from '../../scripts/lib/bench/long-text';
import { ingestFile } from '../../src/ingest/ingest-file';
import { makeScratch, reindex, type Scratch } from './processes';

const MB = 1024 * 1024;
let scratch: Scratch;

beforeAll(async () => {
  scratch = await makeScratch('fault-long-text-');
  await writeFile(join(scratch.corpusDir, 'lignes-longues.txt'), longText({ bytes: MB, lineWidth: 70 }));
  await writeFile(join(scratch.corpusDir, 'lignes-courtes.txt'), longText({ bytes: MB / 2, lineWidth: 12, seed: 2 }));
});
afterAll(() => scratch?.remove());

describe('a long text without punctuation', { timeout: 120_000 }, () => {
  it('is indexed by npm run reindex and named, with long and with many short lines, beside the real reports', async () => {
    const run = await reindex(scratch.corpusDir, scratch.indexFile).finished;
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/✓ lignes-longues\.txt — texte, 1 section\b/);
    expect(run.stdout).toMatch(/✓ lignes-courtes\.txt — texte, 1 section\b/);
    expect(run.stdout).toMatch(/✓ retrospective-2024\.txt — texte, \d+ sections/);
    expect(run.code).toBe(0);
  });

  it('is refused by name with the time-out reason once it runs past its time limit', async () => {
    const bytes = Buffer.from(longText({ bytes: MB / 4, lineWidth: 70 }));
    const outcome = await ingestFile({ name: 'trop-long.txt', bytes }, { textTimeoutMs: 0 });
    expect(outcome).toMatchObject({ status: 'failed', problem: { file: 'trop-long.txt', kind: 'timeout' } });
    expect(outcome.status === 'failed' && outcome.problem.message).toMatch(/^La lecture de trop-long\.txt a dépassé 0 s et a été interrompue/);
  });
});
