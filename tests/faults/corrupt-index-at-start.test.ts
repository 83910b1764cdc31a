// `npm start` facing a damaged index file: with the corpus at hand it rebuilds the index and says
// why; without anything to rebuild from it stops with one French sentence and exit code 1, never a
// stack trace.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/bench/server';
import { reindexCorpus } from '../../scripts/lib/reindex-corpus';
import { loadGeneration, readIndexManifest } from '../../src/search';
import { asDocument } from '../helpers/index-document';
import { makeScratch, runScript, type Scratch } from './processes';

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

let scratch: Scratch;
let validIndex: Buffer;
/** The same index as one JSON document (the layout before the texts were set apart). */
let validJson: string;

beforeAll(async () => {
  scratch = await makeScratch('fault-corrupt-');
  await reindexCorpus({ corpusDir: scratch.corpusDir, indexFile: scratch.indexFile, log: () => {} });
  // The index itself, not the small manifest that names it.
  const generation = await generationOf(scratch.indexFile);
  validIndex = await readFile(generation);
  const data = await loadGeneration(generation);
  validJson = JSON.stringify(asDocument(data));
});

async function generationOf(indexFile: string): Promise<string> {
  const reading = await readIndexManifest(indexFile);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.generationFile;
}

afterAll(async () => {
  await scratch?.remove();
});

/** Ways an index file gets damaged: a disk full mid-copy, a wrong file copied over it, an older version. */
const DAMAGES: { name: string; content: () => string | Buffer }[] = [
  { name: 'truncated', content: () => validIndex.subarray(0, Math.floor(validIndex.length / 2)) },
  { name: 'truncated JSON', content: () => validJson.slice(0, Math.floor(validJson.length / 2)) },
  { name: 'not an index at all', content: () => '\u0000\u0001PK\u0003\u0004 binaire' },
  { name: 'another format version', content: () => JSON.stringify({ ...JSON.parse(validJson), version: 999 }) },
];

describe('npm start with a corrupt index file', () => {
  it.each(DAMAGES)('stops with a French message and exit code 1 when nothing can rebuild it ($name)', async ({ name, content }) => {
    const dir = join(scratch.dir, name.replace(/\W+/g, '-'));
    const emptyCorpus = join(dir, 'corpus');
    await mkdir(emptyCorpus, { recursive: true });
    const indexFile = join(dir, 'index.json');
    await writeFile(indexFile, content());

    const result = await runScript('scripts/start.ts', [], {
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      INDEX_FILE: indexFile,
      CORPUS_DIR: emptyCorpus,
      WEB_CONCURRENCY: '1',
    }).finished;

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(indexFile);
    expect(result.stderr).toMatch(/npm run reindex/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }, 90_000);

  it('rebuilds a corrupt index from the corpus, says why, and serves', async () => {
    await writeFile(scratch.indexFile, validIndex.slice(0, 1000));
    const port = await freePort();
    const child = runScript('scripts/start.ts', [], {
      PORT: String(port),
      HOST: '127.0.0.1',
      INDEX_FILE: scratch.indexFile,
      CORPUS_DIR: scratch.corpusDir,
      WEB_CONCURRENCY: '1',
    });
    try {
      let status = 0;
      for (let attempt = 0; attempt < 300 && status !== 200 && child.process.exitCode === null; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = await fetch(`http://127.0.0.1:${port}/api/search?q=CCUE`).then((r) => r.status, () => 0);
      }
      expect(status, child.output().stderr).toBe(200);
      const { stdout, stderr } = child.output();
      expect(stdout).toMatch(/Construction de l’index \(Le fichier d’index .* illisible/);
      expect(stderr).not.toMatch(STACK_FRAME);
    } finally {
      child.process.kill('SIGTERM');
    }
    const exit = await child.finished;
    expect(exit.code).toBe(0);
  }, 60_000);
});
